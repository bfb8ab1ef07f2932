// The WebAssembly as a script (case-decoder.wasm.js), for pages that allow no connections, pages
// opened from disk and the offline page: base64 of the gzipped wasm, inflated by the browser's
// DecompressionStream where it has one, else by the small inflate below. (Compiling while it
// inflates, compileStreaming over a Response made in the page, was measured on 2026-12-06: no
// earlier first frame, and a main-thread task of about 120 ms before it.)

// The browser's own decoder where it has one (Uint8Array.fromBase64: under 1 ms here, where atob
// and the loop below take 6-16 ms), else atob and the loop.
function base64Bytes(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  var bin = atob(b64);
  var out = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// Inflate (RFC 1951) after a gzip header (RFC 1952), for browsers without DecompressionStream
// (Safari before 16.4, Firefox before 113). Canonical Huffman decoding as in zlib's puff.c.
function gunzipInJs(src) {
  var LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var flags = src[3], pos = 10;
  if (src[0] !== 0x1f || src[1] !== 0x8b || src[2] !== 8) throw new Error('not gzip');
  if (flags & 4) pos += 2 + (src[pos] | (src[pos + 1] << 8));
  if (flags & 8) while (src[pos++]);
  if (flags & 16) while (src[pos++]);
  if (flags & 2) pos += 2;
  var n = src.length;
  var out = new Uint8Array((src[n - 4] | (src[n - 3] << 8) | (src[n - 2] << 16) | (src[n - 1] << 24)) >>> 0);
  var op = 0, bitBuf = 0, bitCnt = 0;
  function bits(k) {
    while (bitCnt < k) { bitBuf |= src[pos++] << bitCnt; bitCnt += 8; }
    var v = bitBuf & ((1 << k) - 1);
    bitBuf >>>= k; bitCnt -= k;
    return v;
  }
  function table(lengths) {
    var count = new Uint16Array(16), offs = new Uint16Array(16), symbol = new Uint16Array(lengths.length), i;
    for (i = 0; i < lengths.length; i++) count[lengths[i]]++;
    count[0] = 0;
    for (i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
    for (i = 0; i < lengths.length; i++) if (lengths[i]) symbol[offs[lengths[i]]++] = i;
    return { count: count, symbol: symbol };
  }
  function decode(h) {
    var code = 0, first = 0, index = 0;
    for (var len = 1; len < 16; len++) {
      code |= bits(1);
      var c = h.count[len];
      if (code - c < first) return h.symbol[index + (code - first)];
      index += c; first = (first + c) << 1; code <<= 1;
    }
    throw new Error('inflate: bad code');
  }
  var fixedLit = null, fixedDist = null, last, type, i, sym, len;
  do {
    last = bits(1); type = bits(2);
    if (type === 0) {
      bitBuf = 0; bitCnt = 0;  // stored block: byte-aligned
      len = src[pos] | (src[pos + 1] << 8); pos += 4;
      out.set(src.subarray(pos, pos + len), op); op += len; pos += len;
      continue;
    }
    var lit, dist;
    if (type === 1) {
      if (!fixedLit) {
        var l = new Uint8Array(288);
        for (i = 0; i < 288; i++) l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        fixedLit = table(l);
        fixedDist = table(new Uint8Array(30).fill(5));
      }
      lit = fixedLit; dist = fixedDist;
    } else if (type === 2) {
      var nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4;
      var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
      var cl = new Uint8Array(19);
      for (i = 0; i < ncode; i++) cl[ORDER[i]] = bits(3);
      var lencode = table(cl), lengths = new Uint8Array(nlen + ndist), idx = 0;
      while (idx < nlen + ndist) {
        sym = decode(lencode);
        if (sym < 16) { lengths[idx++] = sym; continue; }
        var rep = 0, times;
        if (sym === 16) { rep = lengths[idx - 1]; times = 3 + bits(2); }
        else if (sym === 17) times = 3 + bits(3);
        else times = 11 + bits(7);
        while (times--) lengths[idx++] = rep;
      }
      lit = table(lengths.subarray(0, nlen)); dist = table(lengths.subarray(nlen));
    } else {
      throw new Error('inflate: bad block');
    }
    for (;;) {
      sym = decode(lit);
      if (sym < 256) { out[op++] = sym; continue; }
      if (sym === 256) break;
      sym -= 257;
      len = LBASE[sym] + bits(LEXT[sym]);
      sym = decode(dist);
      var d = DBASE[sym] + bits(DEXT[sym]);
      while (len--) { out[op] = out[op - d]; op++; }
    }
  } while (!last);
  return out;
}

function gunzip(bytes) {
  if (typeof DecompressionStream === 'function' && typeof Response === 'function' && typeof Blob === 'function') {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (buf) { return new Uint8Array(buf); },
                                                   function () { return gunzipInJs(bytes); });
  }
  return Promise.resolve().then(function () { return gunzipInJs(bytes); });
}

// Compiles the wasm this script carries: the same module case-decoder.wasm holds.
function compileWasm() {
  return gunzip(base64Bytes(WASM_GZ_BASE64)).then(function (binary) { return WebAssembly.compile(binary); });
}
