#include "secrets/Credentials.h"

#include <QtGlobal>

Credentials Credentials::fromEnvironment()
{
    return {qEnvironmentVariable("TENCENTCLOUD_SECRET_ID"), qEnvironmentVariable("TENCENTCLOUD_SECRET_KEY"),
            qEnvironmentVariable("TENCENTCLOUD_SESSION_TOKEN")};
}
