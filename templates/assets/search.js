/*
 * kbsite search, 3 of 3: the search page. Runs the query typed (search-index.js and
 * search-rank.js, loaded before it), shows the results a page at a time with their snippets,
 * and keeps the query in the address bar.
 */
(function (kb) {
  'use strict';

  var meta = kb.meta, doc = kb.doc, terms = kb.terms, tokens = kb.tokens, parse = kb.parse,
      allowed = kb.allowed, rank = kb.rank, hasPhrases = kb.hasPhrases, inOrderFirst = kb.inOrderFirst,
      suggestions = kb.suggestions, browseTargets = kb.browseTargets;

  var PAGE = 10;
  var VERIFY_BATCH = 20;
  var VERIFY_LIMIT = 60; // texts fetched per page of phrase results, at most, once one is shown
  var VERIFY_SEARCH = 180; // texts fetched for a page while none has shown, at most

  var root = document.currentScript.getAttribute('data-root') || '/';
  var form = document.getElementById('site-search');
  var input = document.getElementById('q');
  var productSelect = document.getElementById('search-product');
  var yearSelect = document.getElementById('search-year');
  var statusEl = document.getElementById('search-status');
  var exactEl = document.getElementById('search-exact');
  var resultsEl = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
  var runCount = 0;
  var current = null; // the query on screen: its ranked docs and how far they are shown

  // ---- showing results ---------------------------------------------------------------------------

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

  /** "Browse: Microsoft Exchange 5.5 (325 articles)": the pages of the products or versions the query names. */
  function showBrowse(state) {
    if (!state.browse || !state.browse.length) {
      return;
    }
    var p = document.createElement('p');
    p.setAttribute('data-search-browse', '');
    p.appendChild(document.createTextNode('Browse: '));
    state.browse.forEach(function (b, i) {
      if (i > 0) {
        p.appendChild(document.createTextNode(' · '));
      }
      var a = document.createElement('a');
      a.href = root + b[1];
      a.textContent = b[0];
      p.appendChild(a);
      p.appendChild(document.createTextNode(' (' + b[2] + (b[2] === 1 ? ' article)' : ' articles)')));
    });
    exactEl.appendChild(p);
  }

  function articleUrl(id) {
    var n = Number(id.slice(1));
    var bucket = String(Math.floor(n / 1000));
    while (bucket.length < 3) {
      bucket = '0' + bucket;
    }
    return root + 'kb/' + bucket + '/' + id + '/';
  }

  /** A short passage of the text around the query's words, with the words marked. */
  /**
   * {@code weights}: how telling each query word is (its idf; 1 for one not given), so that the
   * passage chosen is the one with the rarest words, the one that made the article match
   * ("btree split 1601 1603" for {@code Error 1603}), not the commonest.
   */
  function snippet(text, marked, phrases, weights) {
    var toks = shownTokens(text);
    // Where the text has one of the query's phrases, the snippet shows it.
    var spans = phraseSpans(toks, phrases);
    var best = spans.size ? Math.min.apply(null, Array.from(spans.keys())) : -1;
    var bestCount = best < 0 ? 0 : Infinity;
    // Else the passage with the most of the query's words, a phrase's among them.
    var near = new Set(marked);
    phrases.forEach(function (p) { p.forEach(function (t) { near.add(t); }); });
    for (var i = 0; i < toks.length; i++) {
      if (!near.has(toks[i].term)) {
        continue;
      }
      var seen = new Set();
      var score = 0;
      for (var j = i; j < toks.length && toks[j].start < toks[i].start + 200; j++) {
        var term = toks[j].term;
        if (near.has(term) && !seen.has(term)) {
          seen.add(term);
          score += (weights && weights.get(term)) || 1;
        }
      }
      if (score > bestCount) {
        bestCount = score;
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
    frag.appendChild(markRange(text, toks, from, to, marked, spans));
    if (to < text.length) {
      frag.appendChild(document.createTextNode(' …'));
    }
    return frag;
  }

  /** Where {@code phrases} occur whole in {@code toks}: first token to the number of tokens. */
  function phraseSpans(toks, phrases) {
    var spans = new Map();
    phrases.forEach(function (p) {
      outer: for (var i = 0; i + p.length <= toks.length; i++) {
        for (var j = 0; j < p.length; j++) {
          if (toks[i + j].term !== p[j]) {
            continue outer;
          }
        }
        spans.set(i, Math.max(spans.get(i) || 0, p.length));
      }
    });
    return spans;
  }

  /** The words of a text as results mark them: a name and its ++ as one (C++), as a query has it. */
  function shownTokens(text) {
    return tokens(text).map(function (t) {
      return text.substr(t.end, 2) === '++' ? { term: t.term + '++', start: t.start, end: t.end + 2 } : t;
    });
  }

  /** The text from {@code from} to {@code to} with the query's words and whole phrases ({@link phraseSpans}) in it marked. */
  function markRange(text, toks, from, to, marked, spans) {
    var frag = document.createDocumentFragment();
    var at = from;
    for (var i = 0; i < toks.length; i++) {
      var t = toks[i];
      var last = toks[i + (spans.get(i) || 1) - 1];
      if (t.start >= from && last.end <= to && (spans.has(i) || marked.has(t.term))) {
        frag.appendChild(document.createTextNode(text.slice(at, t.start)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(t.start, last.end);
        frag.appendChild(mark);
        at = last.end;
        i += (spans.get(i) || 1) - 1;
      }
    }
    frag.appendChild(document.createTextNode(text.slice(at, to)));
    return frag;
  }

  function resultItem(m, d, marked, phrases, weights) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = articleUrl(d.id);
    var titleTokens = shownTokens(d.title);
    a.appendChild(markRange(d.title, titleTokens, 0, d.title.length, marked, phraseSpans(titleTokens, phrases)));
    li.appendChild(a);
    var info = document.createElement('div');
    info.className = 'meta';
    var products = d.products.map(function (p) { return m.products[p]; }).join(', ');
    info.textContent = [d.id, products, d.date].filter(Boolean).join(' · ');
    li.appendChild(info);
    var p = document.createElement('p');
    p.className = 'snippet';
    p.appendChild(snippet(d.text, marked, phrases, weights));
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
    if (!state.articleHeld && !state.query.namedId
        && (state.event || (!state.cited && (String(id).length < 5 || state.ranked.length > 0)))) {
      // A bare number that is an event ID, or that nothing cites and articles have as text (an
      // error code: Winsock's 10061, a year): not a question about an article. Five digits or
      // more that no article has at all, it is read as an ID.
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
          || (state.verify && checked >= (state.shown + shown > 0 ? VERIFY_LIMIT : VERIFY_SEARCH))) {
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
            items.push(resultItem(m, ds[i], state.query.marked,
                state.query.phrases.concat(state.query.sequence ? [state.query.sequence] : []), state.weights));
            shown++;
          }
        }
        show(items);
        return step();
      });
    }
    return step().then(function () {
      if (run !== runCount) {
        return null;
      }
      if (state.verify && state.shown + shown === 0 && state.ranked.length > 0 && state.next >= state.ranked.length) {
        // No article has the wording: those with all its words are better than nothing, said so.
        state.verify = false;
        state.unverified = true;
        state.next = 0;
        return showMore(m, run);
      }
      show([]);
      moreButton.hidden = state.next >= state.ranked.length;
      status(state);
      return null;
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
      showBrowse(current);
      resultsEl.setAttribute('data-search-ms', String(Math.round(performance.now() - current.started)));
    }
    items.forEach(function (li) { resultsEl.appendChild(li); });
    current.shown += items.length;
    if (items.length) {
      status(current);
    }
  }

  /** The phrases of the query as the status names them. */
  function wording(query) {
    // "as written" only for a phrase the query quoted: a version typed alone (4.0) is just that.
    var typed = query.phrasesTyped.map(function (p, i) {
      return '\u201c' + p + '\u201d' + (query.phrasesQuoted[i] ? ' as written' : '');
    });
    return typed.length ? typed.slice(0, -1).join(', ') + (typed.length > 1 ? ' and ' : '') + typed[typed.length - 1]
        : 'the exact wording';
  }

  function status(state) {
    var n = state.ranked.length;
    var text;
    if (state.listing) {
      var p = state.listing.product;
      var y = state.listing.year;
      text = (n === 0 ? 'No article' : n + (n === 1 ? ' article' : ' articles')) + (p ? ' of ' + p : '')
          + (y ? ' last modified in ' + y : '') + (n > 1 ? (p && y ? ', by number.' : p ? ', by year.' : ', by product.') : '.')
          + ' Type words to search among them.';
    } else if (state.verify && n > 0) {
      // The articles with all the words are read for the phrases (a quoted phrase, 4.0, c:\dos) a
      // page at a time; the status names them, since the query's other words need not be beside them.
      var more = state.next < n;
      text = state.shown + (more ? '+' : '') + (state.shown === 1 && !more ? ' article has ' : ' articles have ')
          + wording(state.query) + (more ? ' (' + state.next + ' of the ' + n + ' with all the words read so far).' : '.');
    } else if (state.unverified) {
      text = 'No article' + (state.filtered ? ' in the product or year chosen' : '') + ' has ' + wording(state.query)
          + '; ' + n + (n === 1 ? ' article has' : ' articles have') + ' all the words.';
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
      return product || year ? listing(product, year, run, started) : Promise.resolve();
    }
    return meta().then(function (m) {
      var query = parse(q, m);
      if (!query.required.length && !query.id && query.event === null) {
        clear();
        statusEl.textContent = terms(q, m.maxIdentifierLength).length
            ? 'Those words are too common to search for; add a less common word.'
            : 'Nothing to search for in that: type words, an article ID or an event ID.';
        return null;
      }
      return rank(m, query, allowed(m, product, year)).then(function (r) {
        // What to browse is a help beside the results: without it (a file missing), the results still show.
        var browse = query.id || query.event !== null ? [] : browseTargets(m, q).catch(function () { return []; });
        return Promise.all([inOrderFirst(query, r.ranked), suggestions(m, r.unknown), browse]).then(function (done) {
          r.ranked = done[0];
          r.suggested = done[1];
          r.browse = done[2];
          return r;
        });
      }).then(function (r) {
        if (run !== runCount) {
          return null;
        }
        current = {
          query: query, ranked: r.ranked, event: r.event, articleHeld: r.articleHeld,
          articleFiltered: r.articleFiltered, cited: r.cited, next: 0, shown: 0, verify: r.verify,
          partial: r.partial, hidden: r.hidden, filtered: !!(product || year), suggested: r.suggested, browse: r.browse,
          weights: r.weights, text: q,
          fresh: true,
          started: started
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

  /**
   * A product or year chosen with no words: every article of it, as the index numbers them
   * (product, then year, then ID), so a product's come by year and a year's by product.
   */
  function listing(product, year, run, started) {
    return meta().then(function (m) {
      if (run !== runCount) {
        return null;
      }
      var ok = allowed(m, product, year);
      var ranked = [];
      for (var d = 0; d < m.articles; d++) {
        if (ok[d]) {
          ranked.push(d);
        }
      }
      current = {
        query: { id: null, event: null, marked: new Set(), phrases: [], sequence: null }, ranked: ranked,
        listing: { product: product, year: year }, next: 0, shown: 0, hidden: 0, filtered: true, text: '',
        fresh: true, started: started
      };
      return showMore(m, run).then(function () {
        if (run === runCount) {
          resultsEl.setAttribute('data-search-query', '');
        }
      });
    });
  }

  function clear() {
    resultsEl.replaceChildren();
    exactEl.textContent = '';
    moreButton.hidden = true;
    resultsEl.removeAttribute('data-search-query');
  }

  // ---- wiring ------------------------------------------------------------------------------------

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
    nameTab();
  }

  var pageTitle = document.title;

  /** The query in the tab's title and the history's entries: "event 1000 · Search · KB Archive". */
  function nameTab() {
    var q = input.value.trim();
    document.title = q ? q + ' \u00b7 ' + pageTitle : pageTitle;
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    productSelect.value = params.get('product') || '';
    yearSelect.value = params.get('year') || '';
    nameTab();
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
})(window.kbsearch = window.kbsearch || {});
