<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiResult</name>
    <message numerus="yes">
        <location filename="../src/api/ApiResult.cpp" line="+75"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="+624"/>
        <source>Replacing %n failed instance(s) of purchase %1 with a new purchase.</source>
        <translation>
            <numerusform>Replacing %n failed instance of purchase %1 with a new purchase.</numerusform>
            <numerusform>Replacing %n failed instances of purchase %1 with a new purchase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source>Terminate %n instance(s) in %1? They are destroyed with their data and cannot be recovered.</source>
        <translation>
            <numerusform>Terminate %n instance in %1? It is destroyed with its data and cannot be recovered.</numerusform>
            <numerusform>Terminate %n instances in %1? They are destroyed with their data and cannot be recovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliReporter</name>
    <message numerus="yes">
        <location filename="../app/cli/CliReporter.cpp" line="+109"/>
        <source>Bought %n instance(s) (clientToken %1): %2</source>
        <translation>
            <numerusform>Bought %n instance (clientToken %1): %2</numerusform>
            <numerusform>Bought %n instances (clientToken %1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n instance(s) in %1 bought with clientToken %2 are not in the purchase history: %3. They cost money while they run; follow them with `CVM_PURCHASER_API=3.0 cvm-purchaser-cli status --region %1 --wait %4`.</source>
        <translation>
            <numerusform>%n instance in %1 bought with clientToken %2 is not in the purchase history: %3. It costs money while it runs; follow it with `CVM_PURCHASER_API=3.0 cvm-purchaser-cli status --region %1 --wait %4`.</numerusform>
            <numerusform>%n instances in %1 bought with clientToken %2 are not in the purchase history: %3. They cost money while they run; follow them with `CVM_PURCHASER_API=3.0 cvm-purchaser-cli status --region %1 --wait %4`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Dry run: the cloud checked the order for %n instance(s) and would accept it. Nothing was bought.</source>
        <translation>
            <numerusform>Dry run: the cloud checked the order for %n instance and would accept it. Nothing was bought.</numerusform>
            <numerusform>Dry run: the cloud checked the order for %n instances and would accept it. Nothing was bought.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTracking</name>
    <message numerus="yes">
        <location filename="../app/cli/CliTracking.cpp" line="+38"/>
        <source>Asking for the state of %n instance(s) in %1.</source>
        <translation>
            <numerusform>Asking for the state of %n instance in %1.</numerusform>
            <numerusform>Asking for the state of %n instances in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting for %n instance(s) in %1 to run or fail.</source>
        <translation>
            <numerusform>Waiting for %n instance in %1 to run or fail.</numerusform>
            <numerusform>Waiting for %n instances in %1 to run or fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>The instances&apos; status could not be read in %n attempt(s): %1</source>
        <translation>
            <numerusform>The instances&apos; status could not be read in %n attempt: %1</numerusform>
            <numerusform>The instances&apos; status could not be read in %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n instance(s) failed: %1</source>
        <translation>
            <numerusform>%n instance failed: %1</numerusform>
            <numerusform>%n instances failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped waiting after %n second(s); still pending: %1</source>
        <translation>
            <numerusform>Stopped waiting after %n second; still pending: %1</numerusform>
            <numerusform>Stopped waiting after %n seconds; still pending: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/wizard/Format.cpp" line="+19"/>
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln core</numerusform>
            <numerusform>%Ln cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln instance(s)</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceStatusModel</name>
    <message numerus="yes">
        <location filename="../src/purchase/InstanceStatusModel.cpp" line="+122"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n creating</source>
        <translation>
            <numerusform>%n creating</numerusform>
            <numerusform>%n creating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in another state</source>
        <translation>
            <numerusform>%n in another state</numerusform>
            <numerusform>%n in another state</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceTermination</name>
    <message numerus="yes">
        <location filename="../src/purchase/InstanceTermination.cpp" line="+73"/>
        <source>%n instance(s) terminated.</source>
        <translation>
            <numerusform>%n instance terminated.</numerusform>
            <numerusform>%n instances terminated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n still terminating when the wait ended; they go on their own.</source>
        <translation>
            <numerusform>%n still terminating when the wait ended; it goes on its own.</numerusform>
            <numerusform>%n still terminating when the wait ended; they go on their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still terminating.</source>
        <translation>
            <numerusform>%n still terminating.</numerusform>
            <numerusform>%n still terminating.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <location filename="../src/secrets/KeychainSecretStore.cpp" line="+223"/>
        <source>The system keychain did not answer within %n second(s): no Secret Service is working on the session bus. Check that gnome-keyring (or KeePassXC&apos;s Secret Service) runs and that your home folder is writable.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second: no Secret Service is working on the session bus. Check that gnome-keyring (or KeePassXC&apos;s Secret Service) runs and that your home folder is writable.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds: no Secret Service is working on the session bus. Check that gnome-keyring (or KeePassXC&apos;s Secret Service) runs and that your home folder is writable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/LoginPage.cpp" line="+160"/>
        <source>Copied. The clipboard is cleared in %n second(s) unless you copy something else, and clipboard managers are asked not to keep it.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second unless you copy something else, and clipboard managers are asked not to keep it.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds unless you copy something else, and clipboard managers are asked not to keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+249"/>
        <source>%n instance(s) are still being created. If you quit now, the cloud goes on creating them and tracking resumes at the next start.</source>
        <translation>
            <numerusform>%n instance is still being created. If you quit now, the cloud goes on creating it and tracking resumes at the next start.</numerusform>
            <numerusform>%n instances are still being created. If you quit now, the cloud goes on creating them and tracking resumes at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+306"/>
        <source>%n %1 instance(s) in %2</source>
        <translation>
            <numerusform>%n %1 instance in %2</numerusform>
            <numerusform>%n %1 instances in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Terminate %n instance(s) of the purchase of %1 (%2 in %3)? They are destroyed with their data and cannot be recovered.</source>
        <translation>
            <numerusform>Terminate %n instance of the purchase of %1 (%2 in %3)? It is destroyed with its data and cannot be recovered.</numerusform>
            <numerusform>Terminate %n instances of the purchase of %1 (%2 in %3)? They are destroyed with their data and cannot be recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Terminating %n instance(s)…</source>
        <translation>
            <numerusform>Terminating %n instance…</numerusform>
            <numerusform>Terminating %n instances…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPreview</name>
    <message numerus="yes">
        <location filename="../ui/wizard/NamesPreview.cpp" line="+68"/>
        <source>Names of the %n instance(s)</source>
        <translation>
            <numerusform>Names of the %n instance</numerusform>
            <numerusform>Names of the %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/NetworkPage.cpp" line="+456"/>
        <source>%1 · %2 · %3 · %n free address(es)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n free address</numerusform>
            <numerusform>%1 · %2 · %3 · %n free addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/OptionsPage.cpp" line="+178"/>
        <source>All %n name(s)</source>
        <translation>
            <numerusform>All %n name</numerusform>
            <numerusform>All %n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Optional, up to %n character(s)</source>
        <translation>
            <numerusform>Optional, up to %n character</numerusform>
            <numerusform>Optional, up to %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/PurchaseCommand.cpp" line="+70"/>
        <source>Journaled as purchase %1 with clientToken %2; sending %4 for %n instance(s) to %3. If this run is interrupted, `cvm-purchaser-cli resume` finishes it with the same clientToken.</source>
        <translation>
            <numerusform>Journaled as purchase %1 with clientToken %2; sending %4 for %n instance to %3. If this run is interrupted, `cvm-purchaser-cli resume` finishes it with the same clientToken.</numerusform>
            <numerusform>Journaled as purchase %1 with clientToken %2; sending %4 for %n instances to %3. If this run is interrupted, `cvm-purchaser-cli resume` finishes it with the same clientToken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseJournal</name>
    <message numerus="yes">
        <location filename="../src/purchase/PurchaseJournal.cpp" line="+503"/>
        <source>The purchase history %1 has %n purchase(s); it had %2 when it was last used: it was emptied, cut short or replaced by an older copy. Purchases that were waiting for their instance ids may be lost with it: look in the cloud console for instances nobody tracks.</source>
        <translation>
            <numerusform>The purchase history %1 has %n purchase; it had %2 when it was last used: it was emptied, cut short or replaced by an older copy. Purchases that were waiting for their instance ids may be lost with it: look in the cloud console for instances nobody tracks.</numerusform>
            <numerusform>The purchase history %1 has %n purchases; it had %2 when it was last used: it was emptied, cut short or replaced by an older copy. Purchases that were waiting for their instance ids may be lost with it: look in the cloud console for instances nobody tracks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>The purchase journal %1 was taken over into the purchase history %2 (%n purchase(s)); the old file is kept as %3.</source>
        <translation>
            <numerusform>The purchase journal %1 was taken over into the purchase history %2 (%n purchase); the old file is kept as %3.</numerusform>
            <numerusform>The purchase journal %1 was taken over into the purchase history %2 (%n purchases); the old file is kept as %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The purchase journal %1 was taken over into the purchase history %2 (%n purchase(s)), but could not be renamed; it stays where it is.</source>
        <translation>
            <numerusform>The purchase journal %1 was taken over into the purchase history %2 (%n purchase), but could not be renamed; it stays where it is.</numerusform>
            <numerusform>The purchase journal %1 was taken over into the purchase history %2 (%n purchases), but could not be renamed; it stays where it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseSubmission</name>
    <message numerus="yes">
        <location filename="../src/purchase/PurchaseSubmission.cpp" line="+357"/>
        <source>no confirmation within %n second(s)</source>
        <translation>
            <numerusform>no confirmation within %n second</numerusform>
            <numerusform>no confirmation within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message numerus="yes">
        <location filename="../ui/wizard/PurchaseWizard.cpp" line="+169"/>
        <source>&amp;Purchase %n instance(s)</source>
        <translation>
            <numerusform>&amp;Purchase %n instance</numerusform>
            <numerusform>&amp;Purchase %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message numerus="yes">
        <location filename="../ui/status/PurchasesModel.cpp" line="+28"/>
        <source>terminated: all %n instance(s)</source>
        <translation>
            <numerusform>terminated: its %n instance</numerusform>
            <numerusform>terminated: all %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>done: %n running</source>
        <translation>
            <numerusform>done: %n running</numerusform>
            <numerusform>done: %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>failed: none of %n instance(s) runs</source>
        <translation>
            <numerusform>failed: the %n instance does not run</numerusform>
            <numerusform>failed: none of %n instances runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1; %n terminated since</source>
        <translation>
            <numerusform>%1; %n terminated since</numerusform>
            <numerusform>%1; %n terminated since</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesView</name>
    <message numerus="yes">
        <location filename="../ui/status/PurchasesView.cpp" line="+187"/>
        <source>%n purchase(s) was/were sent but never confirmed.</source>
        <translation>
            <numerusform>%n purchase was sent but never confirmed.</numerusform>
            <numerusform>%n purchases were sent but never confirmed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ResumeCommand.cpp" line="+88"/>
        <source>%n purchase(s) to finish at %1.</source>
        <translation>
            <numerusform>%n purchase to finish at %1.</numerusform>
            <numerusform>%n purchases to finish at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingSummary</name>
    <message numerus="yes">
        <location filename="../src/purchase/InstanceStatus.cpp" line="+55"/>
        <source>All %n instance(s) are running.</source>
        <translation>
            <numerusform>The instance is running.</numerusform>
            <numerusform>All %n instances are running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>V2Protocol</name>
    <message numerus="yes">
        <location filename="../src/protocol/v2/V2Rules.cpp" line="+108"/>
        <source>%n core(s) of %1 offer(s) %2 GB.</source>
        <translation>
            <numerusform>%n core of %1 offers %2 GB.</numerusform>
            <numerusform>%n cores of %1 offer %2 GB.</numerusform>
        </translation>
    </message>
</context>
</TS>
