// Compiled by the test gui_and_cli_cannot_include_qtsql with the flags of the window's and the
// command line's libraries, which must not see Qt SQL: it fails for want of the header.
#include <QSqlDatabase>
