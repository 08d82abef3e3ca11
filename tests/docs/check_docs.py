#!/usr/bin/env python3
"""The documentation matches the programs.

Every flag a program accepts must be in its manual page. The flags are asked
from the programs themselves, never listed here: cvm-purchaser and
cvm-sandbox print them with --help (Qt's QCommandLineParser lists every option
it was given), and each command of cvm-purchaser-cli prints its own parser's
options with `cvm-purchaser-cli COMMAND --help`; the commands come from the
CLI's --help. So a flag added later without documentation fails here.

Also: the bash completion offers every CLI command, credentials action and
option; every JSON event the CLI's help shows is in its manual page; the pages
render without warnings; the README points at nothing a user does not have.
The programs run as a user's shell would without a display: DISPLAY,
WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message)


def environment(home):
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    # English, and no "language" setting of the user's.
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "", "HOME": home,
                "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data")})
    return env


def run(program, arguments, env):
    result = subprocess.run([program] + arguments, env=env, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        fail("%s %s exited %d: %s" % (os.path.basename(program), " ".join(arguments), result.returncode,
                                       result.stderr.strip()))
    return result.stdout


def options_of(help_text):
    """The flags of Qt's generated option list: each line that starts with a flag, up to its description."""
    flags = set()
    for line in help_text.splitlines():
        if not re.match(r"^\s+-", line):
            continue
        names = re.split(r"\s{2,}", line.strip())[0]
        flags.update(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", names))
    return flags


def cli_commands(help_text):
    """The CLI's commands and credentials' actions, from the "Commands:" section of its --help."""
    commands, actions = [], {}
    section = re.search(r"^Commands:\n(.*?)\n\n", help_text, re.S | re.M)
    if not section:
        fail("cvm-purchaser-cli --help has no \"Commands:\" section")
        return commands, actions
    for line in section.group(1).splitlines():
        match = re.match(r"^  ([a-z][\w-]*)(?: ([a-z][\w-]*))?", line)
        if not match:
            continue
        command, action = match.group(1), match.group(2)
        if command not in commands:
            commands.append(command)
        if action:
            actions.setdefault(command, []).append(action)
    return commands, actions


def roff_text(path):
    """The page's text as a reader sees the words: escapes for hyphens and fonts removed."""
    with open(path, encoding="utf-8") as page:
        text = page.read()
    text = text.replace("\\-", "-").replace("\\(en", "-")
    return re.sub(r"\\f[BIRP]", "", text)


def mentions(text, flag):
    return re.search(r"(?<![\w-])" + re.escape(flag) + r"(?![\w-])", text) is not None


def check_page(source, name, flags):
    page = os.path.join(source, "app", "man", name + ".1")
    if not os.path.exists(page):
        fail("no manual page " + page)
        return ""
    text = roff_text(page)
    for flag in sorted(flags):
        if not mentions(text, flag):
            fail("%s accepts %s, which its manual page %s.1 does not mention" % (name, flag, name))
    groff = shutil.which("groff")
    if groff:
        rendered = subprocess.run([groff, "-man", "-ww", "-z", page], capture_output=True, text=True)
        if rendered.returncode != 0 or rendered.stderr.strip():
            fail("%s.1 does not render cleanly: %s" % (name, rendered.stderr.strip()))
    return text


def completion(source, words, env):
    """What the bash completion offers after words (the last one being completed)."""
    script = os.path.join(source, "app", "completion", "cvm-purchaser-cli.bash")
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = ('source "$1"; COMP_WORDS=(%s); COMP_CWORD=%d; _cvm_purchaser_cli; '
               'printf "%%s\\n" "${COMPREPLY[@]}"' % (quoted, len(words) - 1))
    result = subprocess.run(["bash", "-c", program, "bash", script], env=env, capture_output=True, text=True,
                            timeout=30)
    if result.returncode != 0:
        fail("the completion failed after %r: %s" % (words, result.stderr.strip()))
    return set(result.stdout.split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("source", "gui", "cli", "sandbox"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="check_docs.")
    try:
        env = environment(home)

        for program, name in ((args.gui, "cvm-purchaser"), (args.sandbox, "cvm-sandbox")):
            flags = options_of(run(program, ["--help"], env))
            if "--version" not in flags or len(flags) < 4:
                fail("%s --help lists no options: %r" % (name, sorted(flags)))
            check_page(args.source, name, flags)

        top = run(args.cli, ["--help"], env)
        commands, actions = cli_commands(top)
        if len(commands) < 3:
            fail("cvm-purchaser-cli --help names too few commands: %r" % commands)
        all_flags = {"--help", "-h", "--version", "-v"}
        per_command = {}
        for command in commands:
            flags = options_of(run(args.cli, [command, "--help"], env))
            if "--help" not in flags:
                fail("cvm-purchaser-cli %s --help lists no options" % command)
            per_command[command] = flags
            all_flags |= flags
        page = check_page(args.source, "cvm-purchaser-cli", all_flags)
        for command in commands:
            if not re.search(r"^\.B[IR]* cvm-purchaser-cli " + re.escape(command) + r"\b", page, re.M) and \
                    not re.search(r"^\.B[IR]* \"?" + re.escape(command) + r"\b", page, re.M):
                fail("the manual page of cvm-purchaser-cli does not describe the command " + command)
        for event in sorted(set(re.findall(r'"event":"(\w+)"', top))):
            if '"event":"%s"' % event not in page:
                fail("the JSON event %s is not in cvm-purchaser-cli.1" % event)

        offered = completion(args.source, ["cvm-purchaser-cli", ""], env)
        for command in commands:
            if command not in offered:
                fail("the bash completion does not offer the command " + command)
        for command, flags in per_command.items():
            offered = completion(args.source, ["cvm-purchaser-cli", command, "-"], env)
            for flag in sorted(f for f in flags if f.startswith("--")):
                if flag not in offered:
                    fail("the bash completion does not offer %s after %s" % (flag, command))
        for command, names in actions.items():
            offered = completion(args.source, ["cvm-purchaser-cli", command, ""], env)
            for action in names:
                if action not in offered:
                    fail("the bash completion does not offer %s after %s" % (action, command))

        with open(os.path.join(args.source, "README.md"), encoding="utf-8") as readme:
            text = readme.read()
        for pointer in ("../shared", "CONTRACTS.md", "ARCHITECTURE.md", "PROTOCOL.md"):
            if pointer in text:
                fail("README.md points users at %s, which they do not have" % pointer)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    if FAILURES:
        print("%d problem(s)" % len(FAILURES))
        return 1
    print("every flag, command and event is documented")
    return 0


if __name__ == "__main__":
    sys.exit(main())
