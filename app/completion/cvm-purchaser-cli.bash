# bash completion for cvm-purchaser-cli, installed as
# share/bash-completion/completions/cvm-purchaser-cli. Needs nothing but bash:
# the commands, each command's options (as `cvm-purchaser-cli COMMAND --help`
# lists them; tests/docs/check_docs.py holds the two together), and files for
# templates.

_cvm_purchaser_cli()
{
    local cur prev command i
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="validate purchase status terminate resume history list export convert credentials"

    command=
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done

    # Values of the options that take one.
    case $prev in
        --endpoint) COMPREPLY=($(compgen -W "https:// http://127.0.0.1:" -- "$cur")); compopt -o nospace 2>/dev/null; return ;;
        --profile|--timeout|--region|--search|--since|--limit|--zone|--vpc|--replace-failed) return ;;
        --state) COMPREPLY=($(compgen -W "unconfirmed tracking running partly-failed failed terminated" -- "$cur")); return ;;
        --api) COMPREPLY=($(compgen -W "2.0 3.0" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "sdk-json terraform" -- "$cur")); return ;;
    esac

    local options=
    case $command in
        "") COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur")); return ;;
        validate) options="--help" ;;
        purchase) options="--endpoint --profile --password-stdin --no-wait --timeout --dry-run --replace-failed --json --help" ;;
        status) options="--region --endpoint --profile --wait --timeout --json --help" ;;
        terminate) options="--yes --region --endpoint --profile --timeout --json --help" ;;
        resume) options="--endpoint --profile --json --help" ;;
        history) options="--search --since --state --limit --json --help" ;;
        list) options="--region --zone --vpc --endpoint --profile --json --help" ;;
        export) options="--format --help" ;;
        convert) options="--help" ;;
        credentials) options="--profile --api --help" ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        validate|purchase|export|convert) COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur")) ;;
        credentials) COMPREPLY=($(compgen -W "set delete list" -- "$cur")) ;;
        list) COMPREPLY=($(compgen -W "zones instance-types images key-pairs vpcs subnets security-groups projects" -- "$cur")) ;;
    esac
}
complete -o filenames -F _cvm_purchaser_cli cvm-purchaser-cli
