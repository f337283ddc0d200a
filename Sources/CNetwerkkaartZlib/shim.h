// The part of zlib that Netwerkkaart uses to unpack workbook parts (raw deflate, RFC 1951, and
// CRC-32), with a wrapper for what Swift cannot call directly: `inflateInit2` is a macro.
#ifndef NETWERKKAART_CZLIB_SHIM_H
#define NETWERKKAART_CZLIB_SHIM_H

#include <zlib.h>

/// Prepares `stream` for raw deflate data, as a zip archive stores it (no zlib or gzip header:
/// negative window bits). Z_OK on success.
static inline int nkz_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -MAX_WBITS); }

#endif
