# --help in Russian (cli/help.rs): help-<command path> for a command, help-<path>--<argument id> for an argument.

