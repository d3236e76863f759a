// poppler's GLib interface (Debian: libpoppler-glib-dev), found through pkg-config poppler-glib.
// Only the PDF worker (handlingsplan-pdf) links it: the main binary never loads poppler, so a
// crash inside it ends the worker's process, not the batch, and other runs start no slower.
#include <poppler.h>

// GLib's g_free, g_object_unref and g_error_free are macros or take gpointer; these give Swift
// plain functions to call.
static inline void cpoppler_free(void *p) { g_free(p); }
static inline void cpoppler_unref(void *object) { if (object) g_object_unref(object); }
static inline void cpoppler_error_free(GError *error) { if (error) g_error_free(error); }
static inline GQuark cpoppler_error_quark(void) { return POPPLER_ERROR; }
