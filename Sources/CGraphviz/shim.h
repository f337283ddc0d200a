// The part of Graphviz (libgvc, libcgraph) that Netwerkkaart uses, with small wrappers that
// hide what Swift 6 cannot take directly: mutable globals (Agdirected) and `char *`
// parameters that Graphviz only reads.
#ifndef NETWERKKAART_CGRAPHVIZ_SHIM_H
#define NETWERKKAART_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>

/// Parses a graph from DOT text; NULL on a syntax error (see the error callback).
static inline Agraph_t *nkgv_read(const char *dot) { return agmemread(dot); }

/// Makes libcgraph report every message, warnings included, to the callback.
static inline void nkgv_capture_messages(agusererrf callback) {
  agseterr(AGWARN);
  agseterrf(callback);
}

/// Length type of gvRenderData is `unsigned int *` in Graphviz 2.x and `size_t *` from 13.0;
/// this wrapper gives Swift one signature for both.
static inline int nkgv_render(GVC_t *gvc, Agraph_t *graph, const char *format, char **result, size_t *length) {
  unsigned int n = 0;
  int status = gvRenderData(gvc, graph, format, result, &n);
  *length = n;
  return status;
}

/// Releases a string Graphviz allocated (aglasterr, plugin lists).
static inline void nkgv_free(void *pointer) { free(pointer); }

#endif
