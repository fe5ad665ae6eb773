# Сообщения, общие для многих команд.

error-busy = база занята другой записью дольше времени ожидания; повторите позже или увеличьте настройку db.busy_timeout_ms
not-confirmed = не подтверждено; ничего не изменено
login-problem = { $login }: { $problem }
path-problem = { $path }: { $problem }
file-cannot-read = не удаётся прочитать ({ $reason })
file-not-regular = это не обычный файл
file-not-utf8 = это не текст UTF-8; сохраните его в UTF-8
rejects-warning = предупреждение: { $problem }
warning-label = предупреждение
