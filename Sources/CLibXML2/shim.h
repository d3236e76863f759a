// libxml2 (Debian: libxml2-dev), found through pkg-config libxml-2.0.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers then clash with the ICU copy
// inside Foundation. Nothing here uses libxml2's ICU types, so keep them out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
