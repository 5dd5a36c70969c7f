#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so encoding.h would include the
   system's <unicode/ucnv.h>, whose enums clash with Foundation's bundled
   ICU in any Swift file that sees both. Nothing here touches the ICU
   converter fields (handlers are only passed by pointer), so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global function pointer, which Swift 6 refuses to touch
/// from non-isolated code; this wrapper makes it an ordinary call.
static inline void quoth_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printing to stderr for this thread:
/// recovered parse errors on real pages are expected, not news.
static inline void quoth_xmlSilence(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
    xmlSetStructuredErrorFunc(NULL, NULL);
}
