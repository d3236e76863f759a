#include "CXlsxWriter.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

const char *hp_xlsxwriter_soname(void) {
#ifdef __APPLE__
    return "libxlsxwriter." LXW_SOVERSION ".dylib";
#else
    return "libxlsxwriter.so." LXW_SOVERSION;
#endif
}

const hp_xlsxwriter *hp_xlsxwriter_load(const char *soname, char *error, unsigned long size) {
    void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *why = dlerror();
        snprintf(error, size, "%s", why ? why : soname);
        return NULL;
    }
    // Kept for the life of the process, as a linked library would be.
    hp_xlsxwriter *functions = malloc(sizeof *functions);
    if (!functions) { snprintf(error, size, "out of memory"); return NULL; }
#define HP_XLSXWRITER_LOAD(name)                                                         \
    functions->name = (__typeof__(name) *)dlsym(library, #name);                         \
    if (!functions->name) {                                                               \
        snprintf(error, size, "%s: %s is missing", soname, #name);                      \
        free(functions);                                                                  \
        return NULL;                                                                      \
    }
    HP_XLSXWRITER_FUNCTIONS(HP_XLSXWRITER_LOAD)
#undef HP_XLSXWRITER_LOAD
    return functions;
}
