# The command line's own refusals (what clap finds before a command runs).

usage-error = error
usage-unknown-argument = unexpected argument '{ $arg }'
usage-unknown-subcommand = unrecognized subcommand '{ $name }'
usage-value-missing = a value is required for '{ $arg }' but none was supplied
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-bad-value = invalid value '{ $value }' for '{ $arg }': { $reason }
usage-missing-arguments = the following required arguments were not provided: { $args }
usage-missing-subcommand = '{ $name }' needs a subcommand
usage-repeated = the argument '{ $arg }' cannot be given more than once
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-no-equals = '{ $arg }' needs an equals sign: { $arg }=VALUE
usage-too-many-values = unexpected value '{ $value }' for '{ $arg }'; no more were expected
usage-value-count = '{ $arg }' needs { $wanted ->
    [one] { $wanted } value
   *[other] { $wanted } values
}, got { $got }
usage-not-a-number = not a whole number
usage-number-too-big = too big a number
usage-not-utf8 = an argument is not valid UTF-8
usage-possible-values = [possible values: { $values }]
usage-subcommands = [subcommands: { $values }]
usage-did-you-mean = tip: a similar one exists: '{ $value }'
usage-dash-value = tip: to pass '{ $arg }' as a value, write '-- { $arg }'
usage-line = Usage: { $usage }
usage-more = For more information, try '--help'.
