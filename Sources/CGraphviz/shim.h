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

/// Frees the node list that the `nop` and `nop2` engines (neato -n) leave behind. They set
/// neato's global `Nop` only while laying out, so at `gvFreeLayout` neato_cleanup sees
/// `Nop == 0` (and `Pack >= 0`) and skips `free_scan_graph`: Graphviz 2.42 loses the list,
/// (nodes + 1) pointers, on every layout. Call it after rendering and before `gvFreeLayout`;
/// the pointer is reset, so a Graphviz that does free the list frees NULL.
static inline void nkgv_free_nop_node_list(Agraph_t *graph) {
  free(GD_neato_nlist(graph));
  GD_neato_nlist(graph) = NULL;
}

/// Releases a string Graphviz allocated (aglasterr, plugin lists).
static inline void nkgv_free(void *pointer) { free(pointer); }

#endif
