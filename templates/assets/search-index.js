/*
 * kbsite search, 1 of 3: reading the static index under search/ (see the README's "Search"
 * section). A query downloads only what it needs: the manifest once, then one term shard per
 * word, the ID or event map for a number, and one small gzip file per result shown (named in the
 * number file of its block of docs, unless an ID map named it); nothing is fetched twice. Plain JavaScript, no
 * dependencies, no inline code (it runs under a strict CSP).
 */
(function (kb) {
  'use strict';

  var WORD = /[\p{L}\p{N}]+/gu;
  var HEX = /^0x0+([0-9a-f]+)$/; // 0x0000000A is 0xA (Tokens.fold)
  var CODE = /^0x([1-9a-f][0-9a-f]{7})$/; // 0xC0000005 is c0000005 (Tokens.fold)

  var base = (document.currentScript.getAttribute('data-root') || '/') + 'search/';
  var files = new Map(); // url -> Promise of bytes or JSON, so nothing is fetched twice
  var numbers = new Map(); // doc -> article number, as an ID map gave it: that doc needs no number file
  var metaPromise = null;

  // ---- fetching ----------------------------------------------------------------------------------

  function once(url, read) {
    if (!files.has(url)) {
      files.set(url, fetch(url).then(function (r) {
        if (!r.ok) {
          throw new Error('search index file missing: ' + url + ' (' + r.status + ')');
        }
        return read(r);
      }));
    }
    return files.get(url);
  }

  function json(path) {
    return once(base + path, function (r) { return r.json(); });
  }

  function bytes(path) {
    return once(base + path, function (r) { return r.arrayBuffer(); }).then(function (b) { return new Uint8Array(b); });
  }

  function meta() {
    if (!metaPromise) {
      metaPromise = json('meta.json').then(function (m) {
        m.stop = new Set(m.stopwords);
        return m;
      });
    }
    return metaPromise;
  }

  /**
   * An article's text file: its display fields and its text. Named by article number, which the
   * number file of the doc's block gives. Gzip unless the host already undid it.
   */
  function doc(n) {
    if (numbers.has(n)) {
      return textFile(n, textPath(numbers.get(n)));
    }
    return meta().then(function (m) {
      var per = m.docsPerNumberFile;
      return bytes('n/' + Math.floor(n / per) + '.bin').then(function (b) {
        return textFile(n, textPath(numberAt(b, n % per)));
      });
    });
  }

  function textPath(number) {
    return 'x/' + Math.floor(number / 1000) + '/' + number + '.gz';
  }

  /** The i-th article number of a number file: varints, the first number then zigzag-coded differences. */
  function numberAt(b, i) {
    var r = new Reader(b);
    var number = 0;
    for (var k = 0; k <= i; k++) {
      var z = r.varint();
      number += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    }
    return number;
  }

  function textFile(n, path) {
    return once(base + path, function (r) {
      return r.arrayBuffer().then(function (buf) {
        var b = new Uint8Array(buf);
        if (b.length > 1 && b[0] === 0x1f && b[1] === 0x8b) {
          var stream = new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'));
          return new Response(stream).text();
        }
        return new TextDecoder().decode(b);
      }).then(function (text) {
        var nl = text.indexOf('\n');
        var d = JSON.parse(text.slice(0, nl));
        d.doc = n;
        d.text = text.slice(nl + 1);
        return d;
      });
    });
  }

  // ---- the term index ----------------------------------------------------------------------------

  function tokens(text) {
    var out = [];
    var m;
    var lower = text.toLowerCase();
    WORD.lastIndex = 0;
    while ((m = WORD.exec(lower)) !== null) {
      out.push({ term: fold(m[0]), start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  function fold(term) {
    return term.replace(HEX, '0x$1').replace(CODE, '$1');
  }

  /** The terms of a text, of at most {@code max} characters as written (before a fold, as Tokens has it). */
  function terms(text, max) {
    return tokens(text).filter(function (t) { return t.end - t.start <= max; }).map(function (t) { return t.term; });
  }

  function shardOf(m, term) {
    var lo = 0;
    var hi = m.terms.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.terms[mid] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function Reader(b, pos) {
    this.b = b;
    this.pos = pos || 0;
  }
  Reader.prototype.varint = function () {
    var v = 0;
    var shift = 0;
    var x;
    do {
      x = this.b[this.pos++];
      v += (x & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (x & 0x80);
    return v;
  };

  /** The shard a term is in: its bytes, its entries (name, df, encoding, offset, size) and where their postings start. */
  function shard(m, term) {
    return bytes('t/' + shardOf(m, term) + '.bin').then(function (b) {
      var r = new Reader(b);
      var count = r.varint();
      var decoder = new TextDecoder();
      var entries = [];
      var offset = 0;
      for (var i = 0; i < count; i++) {
        var len = r.varint();
        var name = decoder.decode(b.subarray(r.pos, r.pos + len));
        r.pos += len;
        var e = { name: name, df: r.varint(), encoding: r.varint(), size: r.varint(), offset: offset };
        entries.push(e);
        offset += e.size;
      }
      return { bytes: b, entries: entries, body: r.pos };
    });
  }

  /** The postings of a term: {df, docs, impacts}, or null when no article has it. */
  function postings(m, term) {
    if (m.terms.length === 0) {
      return Promise.resolve(null);
    }
    return shard(m, term).then(function (sh) {
      var b = sh.bytes;
      var found = sh.entries.find(function (e) { return e.name === term; });
      if (!found) {
        return null;
      }
      var start = sh.body + found.offset;
      var docs = new Int32Array(found.df);
      var p = new Reader(b, start);
      if (found.encoding === 0) {
        var prev = 0;
        for (var k = 0; k < found.df; k++) {
          prev += p.varint();
          docs[k] = prev;
        }
      } else {
        var bitmapBytes = (m.articles + 7) >> 3;
        var n = 0;
        for (var j = 0; j < bitmapBytes; j++) {
          var byte = b[start + j];
          for (var bit = 0; byte && bit < 8; bit++, byte >>= 1) {
            if (byte & 1) {
              docs[n++] = j * 8 + bit;
            }
          }
        }
        p.pos = start + bitmapBytes;
      }
      return { df: found.df, docs: docs, impacts: b.subarray(p.pos, p.pos + found.df) };
    });
  }

  function lookupId(m, n) {
    var bucket = Math.floor(n / 1000);
    if (m.idBuckets.indexOf(bucket) < 0) {
      return Promise.resolve(null);
    }
    return json('id/' + bucket + '.json').then(function (map) {
      if (!Object.prototype.hasOwnProperty.call(map, String(n))) {
        return null;
      }
      numbers.set(map[String(n)], n);
      return map[String(n)];
    });
  }

  function lookupEvent(m, n) {
    return json('e/' + (n % m.eventShards) + '.json').then(function (map) {
      return Object.prototype.hasOwnProperty.call(map, String(n)) ? map[String(n)] : null;
    });
  }

  /** The words the most articles have, with how many: [[word, articles]] (SearchIndexWriter.writeWords). */
  function commonWords() {
    return json('words.json');
  }

  // ---- what to browse ---------------------------------------------------------------------------

  /** The products: [name, path, articles, versions file or -1, versions' keys] (BrowseFiles). */
  function browseProducts() {
    return json('browse.json');
  }

  /** A product's versions: [version, path, articles]. */
  function browseVersions(n) {
    return json('browse/' + n + '.json');
  }

  Object.assign(kb, { meta, doc, tokens, terms, shard, postings, lookupId, lookupEvent, commonWords, browseProducts,
    browseVersions });
})(window.kbsearch = window.kbsearch || {});
