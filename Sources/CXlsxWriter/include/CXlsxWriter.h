// libxlsxwriter (Debian: libxlsxwriter-dev to build, libxlsxwriter4 to run): the Excel
// workbook of `import --format xlsx`, written as real cells so that no locale misreads them.
//
// The library is loaded only when a workbook is written (dlopen), not linked: linked, it
// and the libcrypto and minizip it needs were loaded and relocated at the start of every
// run, some 0.7 ms of a one-plan import. Its functions are called through this table,
// whose types are the header's own.
#include <xlsxwriter.h>

#pragma clang assume_nonnull begin

#define HP_XLSXWRITER_FUNCTIONS(X) \
    X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format) X(workbook_close) \
    X(format_set_bold) X(format_set_bg_color) X(format_set_text_wrap) X(format_set_align) X(format_set_num_format) \
    X(worksheet_write_string) X(worksheet_write_number) X(worksheet_write_datetime) X(worksheet_set_row) \
    X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_autofilter) X(worksheet_conditional_format_range) \
    X(lxw_strerror)

typedef struct hp_xlsxwriter {
#define HP_XLSXWRITER_FIELD(name) __typeof__(name) *name;
    HP_XLSXWRITER_FUNCTIONS(HP_XLSXWRITER_FIELD)
#undef HP_XLSXWRITER_FIELD
} hp_xlsxwriter;

/// The library of this header's version (libxlsxwriter.so.LXW_SOVERSION), loaded once.
const char *hp_xlsxwriter_soname(void);

/// The functions of the library `soname`, or NULL with a message in `error` (as dlerror
/// says it) when it is missing or lacks one of them. Loads at most once per name: call it
/// from one thread, or once (the Swift side keeps the answer in a static).
const hp_xlsxwriter *_Nullable hp_xlsxwriter_load(const char *soname, char *error, unsigned long size);

#pragma clang assume_nonnull end
