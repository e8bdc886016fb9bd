/*
 * kbsite search: runs in the browser against the static index under search/ (see the README's
 * "Search" section). It downloads only what a query needs: the manifest once, then one term shard
 * per word, the ID or event map for a number, and one small gzip file per result shown.
 * Plain JavaScript, no dependencies; no inline code, so it runs under a strict CSP.
 */
(function () {
  'use strict';

  var PAGE = 10;
  var VERIFY_BATCH = 20;
  var VERIFY_LIMIT = 60; // texts fetched per page of phrase results, at most
  var IN_ORDER = 30; // best candidates of a query of several words checked for them in the order typed
  // Q158279, 158279, kb158279, KB 158279, KB Q158279, kb:158279, article 158279.
  var ID_QUERY = /^(?:(?:kb|article)[\s:#]*)?(?:q[\s:#]*)?0*(\d{1,7})$/i;
  var ID_WORD = /^(?:q|kb)0*(\d{1,7})$/; // an article's ID among other words: its own term, q158279
  var EVENT_QUERY = /^(?:event(?:\s*id)?\s*:?\s*)?(\d{1,5})$/i;
  var WORD = /[\p{L}\p{N}]+/gu;
  // Indexed whole too (Tokens.identifiers): ERROR_FILE_NOT_FOUND, and names ending in ++ (C++).
  var IDENTIFIER = /[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+|[\p{L}\p{N}]+\+\+/gu;
  var HEX = /^0x0+([0-9a-f]+)$/; // 0x0000000A is 0xA (Tokens.fold)
  var EVENT_WORDS = ['event', 'events', 'eventid'];

  var script = document.currentScript;
  var root = script.getAttribute('data-root') || '/';
  var base = root + 'search/';
  var form = document.getElementById('site-search');
  var input = document.getElementById('q');
  var productSelect = document.getElementById('search-product');
  var yearSelect = document.getElementById('search-year');
  var statusEl = document.getElementById('search-status');
  var exactEl = document.getElementById('search-exact');
  var resultsEl = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');

  var files = new Map(); // url -> Promise of bytes or JSON, so nothing is fetched twice
  var metaPromise = null;
  var runCount = 0;
  var current = null; // the query on screen: its ranked docs and how far they are shown

  // ---- fetching ----------------------------------------------------------------------------

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

  /** An article's text file: its display fields and its text. Gzip unless the host already undid it. */
  function doc(n) {
    var path = 'x/' + Math.floor(n / 1000) + '/' + n + '.gz';
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

  // ---- the term index ----------------------------------------------------------------------

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
    return term.replace(HEX, '0x$1');
  }

  /**
   * The forms of a query word that also match it: its plural or singular ("printers", "printer";
   * "directory", "directories"), for words of letters long enough not to be names ("dos", "news").
   */
  function variants(w) {
    if (!/^[a-z]{4,}$/.test(w)) {
      return [w];
    }
    var other;
    if (/ies$/.test(w)) {
      other = [w.slice(0, -3) + 'y'];
    } else if (/(?:sses|xes|ches|shes|zes)$/.test(w)) {
      other = [w.slice(0, -2)];
    } else if (/[^su]s$/.test(w)) {
      other = [w.slice(0, -1)];
    } else if (/[^aeiou]y$/.test(w)) {
      other = [w.slice(0, -1) + 'ies'];
    } else if (/(?:s|x|ch|sh|z)$/.test(w)) {
      other = [w + 'es'];
    } else {
      other = [w + 's'];
    }
    return [w].concat(other.filter(function (o) { return o.length >= 4; }));
  }

  /** The terms of a text, of at most {@code max} characters as written (before a fold, as Tokens has it). */
  function terms(text, max) {
    return tokens(text).filter(function (t) { return t.end - t.start <= max; }).map(function (t) { return t.term; });
  }

  /** A chunk of the query as terms: C++ whole, an article's ID as its own term (kb0158279 is q158279). */
  function chunkTerms(chunk, max) {
    var lower = chunk.toLowerCase();
    // "C++", and "(C++)" or "C++," with the punctuation around it.
    var compound = /^[^\p{L}\p{N}+]*([\p{L}\p{N}]+\+\+)[^\p{L}\p{N}+]*$/u.exec(lower);
    if (compound) {
      return [compound[1]];
    }
    var id = ID_WORD.exec(lower);
    return id ? ['q' + Number(id[1])] : terms(chunk, max);
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

  // ---- queries -----------------------------------------------------------------------------

  /**
   * The query as words (each must match, in one of its forms) and phrases (verified on the text),
   * plus ID and event forms. {@code required} holds one list of forms per word.
   */
  function parse(q, m) {
    var query = { words: [], phrases: [], id: null, event: null };
    // ERROR_FILE_NOT_FOUND: a phrase of its words, and the articles that quote it whole come first.
    query.identifiers = Array.from(new Set((q.toLowerCase().match(IDENTIFIER) || [])
        .filter(function (w) { return w.length <= m.maxIdentifierLength; })));
    var trimmed = q.trim();
    var id = ID_QUERY.exec(trimmed);
    if (id && Number(id[1]) > 0) {
      query.id = Number(id[1]);
      // Q158279 or KB 158279 is an ID whatever else it could be; 1091 may be an event ID instead.
      query.namedId = /^\D/.test(trimmed);
    }
    var ev = EVENT_QUERY.exec(trimmed);
    if (ev && Number(ev[1]) > 0) {
      query.event = Number(ev[1]);
      // "event 1294", "event id 1294" say what the number is: the articles that describe the
      // event, then those with the number and the word event.
      query.eventNamed = !/^\d/.test(trimmed);
    }
    // "kb:158279" is the ID's own term; "event:1091" its number, the word event required below.
    var rest = query.namedId ? 'q' + query.id : query.eventNamed ? String(query.event) : trimmed;
    rest = rest.replace(/"([^"]*)"?/g, function (all, phrase) {
      var t = terms(phrase, m.maxTermLength);
      if (t.length > 1) {
        query.phrases.push(t);
      } else if (t.length === 1) {
        query.words.push(t[0]);
      }
      return ' ';
    });
    rest.split(/\s+/).forEach(function (chunk) {
      var t = chunkTerms(chunk, m.maxTermLength);
      if (t.length > 1) {
        query.phrases.push(t); // ERROR_FILE_NOT_FOUND, c:\windows\system: words that belong together
      } else if (t.length === 1) {
        query.words.push(t[0]);
      }
    });
    var required = new Set();
    var all = query.words.slice();
    query.phrases.forEach(function (p) { all = all.concat(p); });
    all.forEach(function (t) {
      if (!m.stop.has(t)) {
        required.add(t);
      }
    });
    if (query.eventNamed) {
      // "event id 9": the number, and the word event (or EventID) somewhere; "id" need not occur.
      query.required = Array.from(required).filter(function (t) { return /^\d+$/.test(t); })
          .map(function (t) { return [t]; }).concat([EVENT_WORDS]);
    } else {
      // Words typed alone match their plural or singular too; words of a phrase are as typed.
      var inPhrase = new Set([].concat.apply([], query.phrases));
      query.required = Array.from(required).map(function (t) { return inPhrase.has(t) ? [t] : variants(t); });
    }
    // A pasted message ("The system cannot find the file specified"): the articles that have its
    // words in the order typed come first among the best candidates.
    var typed = terms(trimmed, m.maxTermLength);
    if (!/"/.test(trimmed) && !query.phrases.length && !query.id && !query.event && query.required.length >= 2
        && typed.length >= 2) {
      query.sequence = typed;
    }
    query.marked = new Set([].concat.apply([], query.required));
    query.phrases.forEach(function (p) { p.forEach(function (t) { query.marked.add(t); }); });
    return query;
  }

  function idf(m, df) {
    return Math.log(1 + (m.articles - df + 0.5) / (df + 0.5));
  }

  /** Doc numbers the product and year filters allow, or null when no filter is set. */
  function allowed(m, product, year) {
    if (!product && !year) {
      return null;
    }
    var p = product ? m.products.indexOf(product) : -1;
    var y = year ? Number(year) : 0;
    var ok = new Uint8Array(m.articles);
    m.ranges.forEach(function (r) {
      if ((!product || r[0] === p) && (!year || r[1] === y)) {
        ok.fill(1, r[2], r[2] + r[3]);
      }
    });
    if (product && m.alsoIn[p]) {
      m.alsoIn[p].forEach(function (d) {
        if (!year || yearOf(m, d) === y) {
          ok[d] = 1;
        }
      });
    }
    return ok;
  }

  function yearOf(m, d) {
    for (var i = 0; i < m.ranges.length; i++) {
      var r = m.ranges[i];
      if (d >= r[2] && d < r[2] + r[3]) {
        return r[1];
      }
    }
    return 0;
  }

  function lookupId(m, n) {
    var bucket = Math.floor(n / 1000);
    if (m.idBuckets.indexOf(bucket) < 0) {
      return Promise.resolve(null);
    }
    return json('id/' + bucket + '.json').then(function (map) {
      return Object.prototype.hasOwnProperty.call(map, String(n)) ? map[String(n)] : null;
    });
  }

  function lookupEvent(m, n) {
    return json('e/' + (n % m.eventShards) + '.json').then(function (map) {
      return Object.prototype.hasOwnProperty.call(map, String(n)) ? map[String(n)] : null;
    });
  }

  /** Ranks the articles for a query: {ranked: [doc], partial, verify, article, event}. */
  function rank(m, query, filter) {
    var extra = query.id ? ['q' + query.id] : [];
    var forms = [].concat.apply([], query.required);
    var lists = forms.concat(extra, query.identifiers).map(function (t) { return postings(m, t); });
    return Promise.all([
      Promise.all(lists),
      query.id ? lookupId(m, query.id) : null,
      query.event ? lookupEvent(m, query.event) : null
    ]).then(function (found) {
      var citing = found[0].slice(forms.length, forms.length + extra.length);
      var quoting = found[0].slice(forms.length + extra.length);
      var score = new Float64Array(m.articles);
      var hits = new Uint8Array(m.articles);
      var best = new Float64Array(m.articles); // an article's best form of the word being scored
      var touched = [];
      var need = 0;
      var missing = false;
      var unknown = []; // words no article has, in any of their forms
      var at = 0;
      query.required.forEach(function (alternatives) {
        var typedIdf = null;
        alternatives.forEach(function (t, i) {
          var p = found[0][at++];
          if (!p) {
            return;
          }
          // An article scores its best form of the word. Another form counts 0.8 of the word as
          // typed at most, though it is rarer: "windows" finds Windows before the UI's window.
          var w = idf(m, p.df);
          if (i === 0) {
            typedIdf = w;
          } else {
            w = 0.8 * Math.min(w, typedIdf === null ? w : typedIdf);
          }
          for (var k = 0; k < p.df; k++) {
            var d = p.docs[k];
            var v = w * impact(p.impacts[k]);
            if (best[d] === 0) {
              touched.push(d);
            }
            best[d] = Math.max(best[d], v);
          }
        });
        if (touched.length) {
          need++;
        } else {
          missing = true;
          unknown.push(alternatives[0]);
        }
        touched.forEach(function (d) {
          score[d] += best[d];
          best[d] = 0;
          if (hits[d] < 255) {
            hits[d]++;
          }
        });
        touched = [];
      });
      citing.forEach(function (p) {
        if (p) {
          add(m, p, score);
        }
      });
      // Ranks the articles that quote an identifier whole first, among those the words match.
      quoting.forEach(function (p) {
        for (var i = 0; p && i < p.df; i++) {
          score[p.docs[i]] += 500;
        }
      });
      var boost = new Map();
      var event = found[2];
      if (event) {
        event.articles.forEach(function (d) { boost.set(d, 1000); });
      }
      var article = found[1];
      if (article !== null && article !== undefined) {
        boost.set(article, 100000);
      }
      // Every word must match; an ID query also lists the articles that cite the ID.
      var all = [];
      var some = [];
      var hidden = 0; // matches the product or year chosen leaves out
      for (var d = 0; d < m.articles; d++) {
        var b = boost.get(d) || 0;
        var matches = b || (!missing && need > 0 && hits[d] === need) || (query.id !== null && score[d] > 0);
        if (filter && !filter[d]) {
          hidden += matches ? 1 : 0;
          continue;
        }
        score[d] += b;
        if (matches) {
          all.push(d);
        } else if (hits[d] > 0) {
          some.push(d);
        }
      }
      // "event 98765" that no article has: nothing, rather than every article with the word event.
      // Nor when the product or year chosen hid the articles with all the words: the note says so.
      var partial = all.length === 0 && some.length > 0 && !query.eventNamed && hidden === 0;
      var ranked = partial ? some : all;
      ranked.sort(function (a, b) { return score[b] - score[a] || a - b; });
      var held = article !== null && article !== undefined;
      return {
        ranked: ranked, partial: partial, article: article, event: event, verify: query.phrases.length > 0, hidden: hidden,
        unknown: unknown,
        articleHeld: held, articleFiltered: held && !!filter && !filter[article],
        cited: citing.some(function (p) { return p && p.df > 0; })
      };
    });
  }

  /** Adds a term's weight to its articles' scores. */
  function add(m, p, score) {
    var w = idf(m, p.df);
    for (var i = 0; i < p.df; i++) {
      score[p.docs[i]] += w * impact(p.impacts[i]);
    }
  }

  /** What a posting's impact byte is worth: title 3, tags 1.5, the text up to 1. */
  function impact(x) {
    return ((x & 0x80) ? 3 : 0) + ((x & 0x40) ? 1.5 : 0) + (x & 0x3f) / 63;
  }

  /** True when the article's title or text has every phrase, word for word. */
  function hasPhrases(d, phrases) {
    var seq = tokens(d.title + ' \u0000 ' + d.text).map(function (t) { return t.term; });
    return phrases.every(function (p) {
      outer: for (var i = 0; i + p.length <= seq.length; i++) {
        for (var j = 0; j < p.length; j++) {
          if (seq[i + j] !== p[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    });
  }

  /** The ranked articles with those of the best {@link IN_ORDER} that have the query's words in order first. */
  function inOrderFirst(query, ranked) {
    if (!query.sequence || ranked.length < 2) {
      return Promise.resolve(ranked);
    }
    var head = ranked.slice(0, IN_ORDER);
    return Promise.all(head.map(function (n) { return doc(n); })).then(function (ds) {
      var inOrder = [];
      var rest = [];
      ds.forEach(function (d, i) { (hasPhrases(d, [query.sequence]) ? inOrder : rest).push(head[i]); });
      return inOrder.concat(rest, ranked.slice(IN_ORDER));
    });
  }

  /**
   * For each word no article has ({@code recieve}), the indexed word nearest to it in spelling, one
   * or two letters off (two for words of more than five), the commonest of those; looked for in the
   * term shard the word would be in, which the query has already fetched.
   */
  function suggestions(m, words) {
    return Promise.all(words.map(function (w) {
      if (!/^\p{L}{4,}$/u.test(w) || m.terms.length === 0) {
        return null;
      }
      var most = w.length > 5 ? 2 : 1;
      return shard(m, w).then(function (sh) {
        var best = null;
        sh.entries.forEach(function (e) {
          var d = Math.abs(e.name.length - w.length) <= most ? distance(w, e.name, most) : most + 1;
          // Ties: the longer (a letter left out is the commonest slip: printr is printer), then the commoner.
          if (d <= most && (!best || d < best.d || (d === best.d && (e.name.length > best.name.length
              || (e.name.length === best.name.length && e.df > best.df))))) {
            best = { name: e.name, d: d, df: e.df };
          }
        });
        return best ? { word: w, name: best.name } : null;
      });
    })).then(function (found) { return found.filter(Boolean); });
  }

  /** Letters inserted, deleted, changed or two swapped between {@code a} and {@code b}; more than {@code most} when past it. */
  function distance(a, b, most) {
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) {
      prev.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var v = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) {
          v = Math.min(v, prev2[k - 2] + 1);
        }
        row.push(v);
        low = Math.min(low, v);
      }
      if (low > most) {
        return most + 1;
      }
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /** "Did you mean receive?", linking to the query with the words spelled as the index has them. */
  function showSuggestions(state) {
    if (!state.suggested || !state.suggested.length) {
      return;
    }
    var q = state.text;
    state.suggested.forEach(function (s) {
      q = q.replace(new RegExp('(^|[^\\p{L}\\p{N}])' + s.word + '(?![\\p{L}\\p{N}])', 'giu'), '$1' + s.name);
    });
    if (q === state.text) {
      return; // the word as lower-cased is not in the query as typed (İ): nothing to offer
    }
    var params = new URLSearchParams(location.search);
    params.set('q', q);
    var p = document.createElement('p');
    p.appendChild(document.createTextNode('Did you mean '));
    var a = document.createElement('a');
    a.href = location.pathname + '?' + params;
    a.textContent = q;
    a.setAttribute('data-search-suggestion', '');
    p.appendChild(a);
    p.appendChild(document.createTextNode('?'));
    exactEl.appendChild(p);
  }

  // ---- showing results ---------------------------------------------------------------------

  function articleUrl(id) {
    var n = Number(id.slice(1));
    var bucket = String(Math.floor(n / 1000));
    while (bucket.length < 3) {
      bucket = '0' + bucket;
    }
    return root + 'kb/' + bucket + '/' + id + '/';
  }

  /** A short passage of the text around the query's words, with the words marked. */
  function snippet(text, marked) {
    var toks = shownTokens(text);
    var best = -1;
    var bestCount = 0;
    for (var i = 0; i < toks.length; i++) {
      if (!marked.has(toks[i].term)) {
        continue;
      }
      var seen = new Set();
      for (var j = i; j < toks.length && toks[j].start < toks[i].start + 200; j++) {
        if (marked.has(toks[j].term)) {
          seen.add(toks[j].term);
        }
      }
      if (seen.size > bestCount) {
        bestCount = seen.size;
        best = i;
      }
    }
    var from = best < 0 ? 0 : Math.max(0, toks[best].start - 60);
    if (from > 0) {
      var space = text.indexOf(' ', from);
      from = space >= 0 && space < from + 20 ? space + 1 : from;
    }
    var to = Math.min(text.length, from + 260);
    var frag = document.createDocumentFragment();
    if (from > 0) {
      frag.appendChild(document.createTextNode('… '));
    }
    frag.appendChild(markRange(text, toks, from, to, marked));
    if (to < text.length) {
      frag.appendChild(document.createTextNode(' …'));
    }
    return frag;
  }

  /** The words of a text as results mark them: a name and its ++ as one (C++), as a query has it. */
  function shownTokens(text) {
    return tokens(text).map(function (t) {
      return text.substr(t.end, 2) === '++' ? { term: t.term + '++', start: t.start, end: t.end + 2 } : t;
    });
  }

  /** The text from {@code from} to {@code to} with the query's words in it marked. */
  function markRange(text, toks, from, to, marked) {
    var frag = document.createDocumentFragment();
    var at = from;
    toks.forEach(function (t) {
      if (t.start >= from && t.end <= to && marked.has(t.term)) {
        frag.appendChild(document.createTextNode(text.slice(at, t.start)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(t.start, t.end);
        frag.appendChild(mark);
        at = t.end;
      }
    });
    frag.appendChild(document.createTextNode(text.slice(at, to)));
    return frag;
  }

  function resultItem(m, d, marked) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = articleUrl(d.id);
    a.appendChild(markRange(d.title, shownTokens(d.title), 0, d.title.length, marked));
    li.appendChild(a);
    var info = document.createElement('div');
    info.className = 'meta';
    var products = d.products.map(function (p) { return m.products[p]; }).join(', ');
    info.textContent = [d.id, products, d.date].filter(Boolean).join(' · ');
    li.appendChild(info);
    var p = document.createElement('p');
    p.className = 'snippet';
    p.appendChild(snippet(d.text, marked));
    li.appendChild(p);
    return li;
  }

  /**
   * What the results cannot say of an ID query: that the archive does not hold the article (the
   * results are the articles that cite it), or that the product or year chosen leaves it out.
   */
  function showArticle(state) {
    var id = state.query.id;
    if (id === null || id === undefined || (state.articleHeld && !state.articleFiltered)) {
      return;
    }
    if (!state.articleHeld && !state.query.namedId && (state.event || !state.cited)) {
      // A bare number that is an event ID, or that nothing cites: not a question about an article.
      return;
    }
    var p = document.createElement('p');
    var name = 'Q' + id;
    if (!state.articleHeld) {
      p.textContent = name + ' is not in this archive' + (state.cited && state.ranked.length ? '; the articles below cite it.' : '.');
    } else {
      var a = document.createElement('a');
      a.href = articleUrl(name);
      a.textContent = name;
      p.appendChild(a);
      p.appendChild(document.createTextNode(' is not among the results: it is outside the product or year chosen.'));
    }
    exactEl.appendChild(p);
  }

  /**
   * The event page of an event ID query, with its sources and article count; for "event n" when no
   * article describes event n, that no article does (the results then only mention the number).
   */
  function showEvent(state) {
    var n = state.query.event;
    var event = state.event;
    if (!event) {
      if (state.query.eventNamed) {
        exactEl.appendChild(document.createElement('p')).textContent = 'No article in this archive describes event ID ' + n
            + (state.ranked.length ? '; the articles below mention the number.' : '.');
      }
      return;
    }
    var p = document.createElement('p');
    var a = document.createElement('a');
    a.href = root + 'events/' + n + '/';
    a.textContent = 'Event ID ' + n;
    p.appendChild(a);
    var count = event.articles.length;
    var sources = event.sources.length ? ', source ' + event.sources.join(', ') : '';
    p.appendChild(document.createTextNode(sources + ': described in ' + count + (count === 1 ? ' article' : ' articles') + '.'));
    exactEl.appendChild(p);
  }

  /**
   * Shows the next page of the current results, verifying phrases where the query has them.
   * Results appear batch by batch; a new query's first batch replaces the old list, so it never
   * flashes empty while typing.
   */
  function showMore(m, run) {
    var state = current;
    var shown = 0;
    var checked = 0;
    function step() {
      if (run !== runCount || shown >= PAGE || state.next >= state.ranked.length
          || (state.verify && checked >= VERIFY_LIMIT)) {
        return Promise.resolve();
      }
      var size = state.verify ? VERIFY_BATCH : PAGE - shown;
      var batch = state.ranked.slice(state.next, state.next + size);
      return Promise.all(batch.map(function (n) { return doc(n); })).then(function (ds) {
        if (run !== runCount) {
          return null;
        }
        var items = [];
        for (var i = 0; i < ds.length && shown < PAGE; i++) {
          state.next++;
          checked++;
          if (!state.verify || hasPhrases(ds[i], state.query.phrases)) {
            items.push(resultItem(m, ds[i], state.query.marked));
            shown++;
          }
        }
        show(items);
        return step();
      });
    }
    return step().then(function () {
      if (run !== runCount) {
        return;
      }
      show([]);
      moreButton.hidden = state.next >= state.ranked.length;
      status(state);
    });
  }

  function show(items) {
    if (current.fresh) {
      current.fresh = false;
      resultsEl.replaceChildren();
      exactEl.textContent = '';
      showArticle(current);
      showEvent(current);
      showSuggestions(current);
      resultsEl.setAttribute('data-search-ms', String(Math.round(performance.now() - current.started)));
    }
    items.forEach(function (li) { resultsEl.appendChild(li); });
    current.shown += items.length;
    if (items.length) {
      status(current);
    }
  }

  function status(state) {
    var n = state.ranked.length;
    var text;
    if (state.verify) {
      text = state.shown + (state.next < n ? '+' : '') + ' articles contain the phrase (' + state.next + ' of ' + n + ' candidates checked).';
    } else if (n === 0) {
      text = state.hidden > 0
          ? 'No article matches in the product or year chosen; ' + state.hidden
              + (state.hidden === 1 ? ' article matches' : ' articles match') + ' without them.'
          : 'No article matches.';
    } else {
      text = n + (n === 1 ? ' article' : ' articles') + (state.partial ? ' have some of the words (none has all).' : '.');
    }
    statusEl.textContent = text;
  }

  function search() {
    var q = input.value;
    var product = productSelect.value;
    var year = yearSelect.value;
    var run = ++runCount;
    var started = performance.now();
    if (!q.trim()) {
      clear();
      statusEl.textContent = '';
      return Promise.resolve();
    }
    return meta().then(function (m) {
      var query = parse(q, m);
      if (!query.required.length && !query.id && !query.event) {
        clear();
        statusEl.textContent = terms(q, m.maxIdentifierLength).length
            ? 'Those words are too common to search for; add a less common word.'
            : 'Nothing to search for in that: type words, an article ID or an event ID.';
        return null;
      }
      return rank(m, query, allowed(m, product, year)).then(function (r) {
        return Promise.all([inOrderFirst(query, r.ranked), suggestions(m, r.unknown)]).then(function (done) {
          r.ranked = done[0];
          r.suggested = done[1];
          return r;
        });
      }).then(function (r) {
        if (run !== runCount) {
          return null;
        }
        current = {
          query: query, ranked: r.ranked, event: r.event, articleHeld: r.articleHeld,
          articleFiltered: r.articleFiltered, cited: r.cited, next: 0, shown: 0, verify: r.verify,
          partial: r.partial, hidden: r.hidden, suggested: r.suggested, text: q, fresh: true, started: started
        };
        return showMore(m, run).then(function () {
          if (run === runCount) {
            resultsEl.setAttribute('data-search-query', q);
          }
        });
      });
    }).catch(function (e) {
      statusEl.textContent = 'Search failed: ' + e.message;
      throw e;
    });
  }

  function clear() {
    resultsEl.replaceChildren();
    exactEl.textContent = '';
    moreButton.hidden = true;
    resultsEl.removeAttribute('data-search-query');
  }

  // ---- wiring ------------------------------------------------------------------------------

  function syncUrl(push) {
    var params = new URLSearchParams();
    if (input.value.trim()) {
      params.set('q', input.value.trim());
    }
    if (productSelect.value) {
      params.set('product', productSelect.value);
    }
    if (yearSelect.value) {
      params.set('year', yearSelect.value);
    }
    var url = location.pathname + (params.toString() ? '?' + params : '');
    if (url !== location.pathname + location.search) {
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    }
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    productSelect.value = params.get('product') || '';
    yearSelect.value = params.get('year') || '';
    return search();
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      syncUrl(false);
      search();
    }, 250);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    syncUrl(true);
    search();
  });
  [productSelect, yearSelect].forEach(function (s) {
    s.addEventListener('change', function () {
      syncUrl(true);
      search();
    });
  });
  moreButton.addEventListener('click', function () {
    meta().then(function (m) { return showMore(m, runCount); });
  });
  window.addEventListener('popstate', fromUrl);

  function links() {
    return Array.from(resultsEl.querySelectorAll('a'));
  }

  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) {
      e.preventDefault();
      input.focus();
      input.select();
      return;
    }
    var list = links();
    var at = list.indexOf(t);
    if (e.key === 'ArrowDown' && (t === input || at >= 0) && list.length) {
      e.preventDefault();
      list[Math.min(at + 1, list.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : list[at - 1]).focus();
    } else if (e.key === 'Escape' && at >= 0) {
      input.focus();
    }
  });

  // Start the manifest download while the page settles; tests wait for the mark.
  meta().then(function () { resultsEl.setAttribute('data-search-ready', ''); });
  fromUrl().then(function () {
    if (!input.value) {
      input.focus();
    }
  });
})();
