// libxlsxwriter (Debian: libxlsxwriter-dev), found through pkg-config xlsxwriter: the Excel
// workbook of `import --format xlsx`, written as real cells so that no locale misreads them.
#include <xlsxwriter.h>
