/*
 * kbsite search, 2 of 3: a query's words, phrases, article ID and event ID (parse), and the
 * articles that match it, best first (rank); spelling suggestions for words no article has.
 */
(function (kb) {
  'use strict';

  var terms = kb.terms, tokens = kb.tokens, postings = kb.postings, shard = kb.shard, doc = kb.doc,
      lookupId = kb.lookupId, lookupEvent = kb.lookupEvent, commonWords = kb.commonWords;

  var IN_ORDER = 30; // best candidates of a query of several words checked for them in the order typed
  // Q158279, 158279, kb158279, KB 158279, KB Q158279, kb:158279, article 158279.
  var ID_QUERY = /^(?:(?:kb|article)[\s:#]*)?(?:q[\s:#]*)?0*(\d{1,7})$/i;
  var ID_WORD = /^(?:q|kb)0*(\d{1,7})$/; // an article's ID among other words: its own term, q158279
  // An article's address pasted whole, one word with a scheme, a host or a path: the old
  // .../articles/Q158/2/79.asp, then the Q form (this site's /kb/158/Q158279/ has its bucket after
  // /kb/; ...scid=kb;en-us;Q158279), then .../kb/158279, ?kbid=158279 and .../help/158279/title.
  var URL_QUERY = /^(?:[a-z][a-z+.-]*:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+(?::\d+)?[\/?]\S*|\/\S+)$/i;
  var URL_IDS = [/\/articles\/q(\d{1,4})\/(\d)\/(\d\d)\.asp/i, /(?:^|[\/;=])q0*(\d{1,7})(?=$|[\/?&#;.])/i,
    /(?:[?&]kbid=|\/kb\/|\/help\/)0*(\d{1,7})(?=$|[\/?&#;.-])/i];
  // "event 0" and "event id 100003" (any number the label gives, as EventExtractor reads it); a
  // number alone of up to five digits, which may be an article's ID instead.
  var EVENT_QUERY = /^(?:event(?:\s*id)?\s*:?\s*(\d{1,9})|(\d{1,5}))$/i;
  // The same label among other words, as Event Viewer shows an event: "Event ID: 9405 Source: MSExchangeMTA".
  var EVENT_AMONG = /(?:^|\s)event(?:\s*id)?\s*:?\s*(\d{1,9})(?=[\s,.;]|$)/i;
  // Indexed whole too (Tokens.identifiers): ERROR_FILE_NOT_FOUND, and names ending in ++ (C++).
  var IDENTIFIER = /[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+|[\p{L}\p{N}]+\+\+/gu;
  var EVENT_WORDS = ['event', 'events', 'eventid'];
  // "Service Pack 3" and "SP 3", which the index has as sp3 too, as "SP3" has it (Tokens.servicePacks).
  var SERVICE_PACK = /(^|[^\p{L}\p{N}])(?:service\s+pack|sp)\s+(\d{1,2}[a-z]?)(?![\p{L}\p{N}])/giu;

  // ---- queries -----------------------------------------------------------------------------------

  /**
   * The forms of a query word that also match it: its plural or singular ("printers", "printer";
   * "directory", "directories"), and a verb's forms ("printing" finds "print", "prints" and
   * "printed"; "invited" finds "invite" and "inviting"; "plot" finds "plotted"; "copied" finds
   * "copy"), for words of letters long enough not to be names ("dos", "news"). The word as typed
   * comes first, its plural or singular next; {@code near} says how many of the forms those are,
   * which rank weighs above the verb's forms. A form no article has costs its lookup, in the shard
   * its neighbours in name order are in.
   */
  function variants(w) {
    if (!/^[a-z]{4,}$/.test(w)) {
      return [w];
    }
    // A form in -ed has no plural ("printeds").
    var near = (/ed$/.test(w) ? [w] : [w, otherNumber(w)]).filter(function (f) { return f.length >= 4; });
    var plural = /[^su]s$/.test(w);
    var bases = plural ? [] : verbBases(w);
    // A plural may be a verb's too ("invites"): its singular is the verb, unless it names a thing.
    var verbs = plural ? (near.length > 1 && verbLike(near[1]) ? [near[1]] : []) : bases;
    var forms = near.slice();
    verbs.forEach(function (b) {
      forms.push(b, otherNumber(b));
      forms = forms.concat(inflected(b));
    });
    // A verb cut from a longer form may be short ("setting"'s set is none: see NOT_INFLECTED; "using", use).
    forms = Array.from(new Set(forms)).filter(function (f, i) {
      return i < near.length || f.length >= 4 || f.length === 3 && bases.indexOf(f) >= 0;
    });
    forms.near = near.length;
    return forms;
  }

  /**
   * Words in -ing or -ed that are no verb's form, or whose verb is a commoner word of another sense
   * ("setting" is no "set", "based" no "base", "named pipes" no "name").
   */
  var NOT_INFLECTED = new Set(['evening', 'morning', 'ceiling', 'during', 'nothing', 'something', 'anything',
    'everything', 'united', 'wedding', 'sibling', 'setting', 'based', 'listing', 'named', 'thing', 'string']);

  /** A singular that may be a verb's: not a word ending as nouns do (printer, version, management). */
  function verbLike(w) {
    return /[aeiouy]/.test(w) && !/(?:er|or|ion|ness|ment|ing|ed)$/.test(w);
  }

  /** A word's plural, or a plural's singular ("printer", "printers"; "directory", "directories"). */
  function otherNumber(w) {
    if (/ies$/.test(w)) {
      return w.slice(0, -3) + 'y';
    } else if (/(?:sses|xes|ches|shes|zes)$/.test(w)) {
      return w.slice(0, -2);
    } else if (/[^su]s$/.test(w)) {
      return w.slice(0, -1);
    } else if (/[^aeiou]y$/.test(w)) {
      return w.slice(0, -1) + 'ies';
    } else if (/(?:s|x|ch|sh|z)$/.test(w)) {
      return w + 'es';
    }
    return w + 's';
  }

  /**
   * The verbs a word ending in -ing or -ed may be a form of, each spelling the ending may have cut
   * ("invited": invite; "plotted": plot; "copied": copy; "printed": print); the word itself
   * otherwise, if it may be a verb. What is left must have a vowel ("string" is no form of a verb);
   * a doubled consonant is undone only where English doubles it (stopped, not installed's ll); an
   * e is put back only where the stem may have lost one (invit, chang, pars; not print, lock, press).
   */
  function verbBases(w) {
    if (NOT_INFLECTED.has(w)) {
      return [];
    }
    if (w.length < 5) {
      return verbLike(w) ? [w] : [];
    }
    if (/ied$/.test(w)) {
      return [w.slice(0, -3) + 'y'];
    }
    var ending = /ing$/.exec(w) || /ed$/.exec(w);
    if (!ending) {
      return verbLike(w) ? [w] : [];
    }
    var stem = w.slice(0, ending.index);
    if (!/[aeiouy]/.test(stem)) {
      return [];
    }
    if (/([bdgmnprt])\1$/.test(stem)) {
      // stopped, running; added's add is the word itself.
      return [stem.length >= 4 ? stem.slice(0, -1) : stem];
    }
    var bases = stem.length >= 4 ? [stem] : [];
    if (!/[^aeiouy][^aeiouy]$/.test(stem) || /[^aeiouy][cgsv]$/.test(stem) && !/(.)\1$/.test(stem) || /th$/.test(stem)) {
      bases.push(stem + 'e');
    }
    return bases;
  }

  /** A verb's -ed and -ing forms ("invite": invited, inviting; "plot": plotted, plotting; "print": printed, printing). */
  function inflected(b) {
    if (/[^e]e$/.test(b)) {
      return [b + 'd', b.slice(0, -1) + 'ing'];
    }
    if (/[^aeiou]y$/.test(b)) {
      return [b.slice(0, -1) + 'ied', b + 'ing'];
    }
    // A short vowel before a last consonant that English doubles: plotted, stopped; also as
    // written, since the stress decides (opened, edited).
    var forms = [b + 'ed', b + 'ing'];
    if (/[^aeiou][aeiou][bdgmnprt]$/.test(b)) {
      var last = b.charAt(b.length - 1);
      forms.push(b + last + 'ed', b + last + 'ing');
    }
    return forms;
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

  /**
   * The query as words (each must match, in one of its forms) and phrases (verified on the text),
   * plus ID and event forms. {@code required} holds one list of forms per word.
   */
  function parse(q, m) {
    // phrasesTyped: each phrase as the query wrote it ("4.0", "file not found"), for the status
    // line, which says "as written" of those it quoted (phrasesQuoted).
    var query = { words: [], phrases: [], phrasesTyped: [], phrasesQuoted: [], id: null, event: null };
    // ERROR_FILE_NOT_FOUND: a phrase of its words, and the articles that quote it whole come first.
    query.identifiers = Array.from(new Set((q.toLowerCase().match(IDENTIFIER) || [])
        .filter(function (w) { return w.length <= m.maxIdentifierLength; })));
    var trimmed = q.trim();
    var id = ID_QUERY.exec(trimmed);
    if (id && Number(id[1]) > 0) {
      query.id = Number(id[1]);
      // Q158279 or KB 158279 is an ID whatever else it could be; 1091 may be an event ID instead.
      query.namedId = /^\D/.test(trimmed);
    } else if (URL_QUERY.test(trimmed)) {
      id = URL_IDS.map(function (r) { return r.exec(trimmed); }).filter(Boolean)[0];
      if (id && Number(id.slice(1).join('')) > 0) {
        query.id = Number(id.slice(1).join(''));
        query.namedId = true;
      }
    }
    var ev = EVENT_QUERY.exec(trimmed);
    var among = ev || query.id ? null : EVENT_AMONG.exec(trimmed);
    // The words beside a named event (its source, as a rule): the articles that describe the event
    // need not have them, and come first when they do.
    var beside = '';
    if (ev && (ev[1] !== undefined || Number(ev[2]) > 0)) {
      // "event 1294", "event id 1294" say what the number is: the articles that describe the
      // event, then those with the number and the word event.
      query.eventNamed = ev[1] !== undefined;
      query.event = Number(query.eventNamed ? ev[1] : ev[2]);
    } else if (among) {
      query.eventNamed = true;
      query.event = Number(among[1]);
      beside = trimmed.slice(0, among.index) + ' ' + trimmed.slice(among.index + among[0].length);
    }
    // "kb:158279" is the ID's own term; "event:1091" its number, the word event required below.
    var rest = query.namedId ? 'q' + query.id : query.eventNamed ? String(query.event) : trimmed;
    // Beside the event, only words: a date, a time or a version pasted with it ("Date: 1/5/2000")
    // would be phrases that every result must have, and drop the articles that describe it.
    beside.replace(/"/g, ' ').split(/\s+/).forEach(function (chunk) {
      var t = chunkTerms(chunk, m.maxTermLength);
      if (t.length === 1) {
        query.words.push(t[0]);
      }
    });
    rest = rest.replace(/"([^"]*)"?/g, function (all, phrase) {
      var t = terms(phrase, m.maxTermLength);
      if (t.length > 1) {
        query.phrases.push(t);
        query.phrasesTyped.push(phrase.trim());
        query.phrasesQuoted.push(true);
      } else if (t.length === 1) {
        query.words.push(t[0]);
      }
      return ' ';
    });
    rest = rest.replace(SERVICE_PACK, '$1sp$2');
    rest.split(/\s+/).forEach(function (chunk) {
      var t = chunkTerms(chunk, m.maxTermLength);
      if (t.length > 1) {
        query.phrases.push(t); // ERROR_FILE_NOT_FOUND, c:\windows\system: words that belong together
        query.phrasesTyped.push(chunk);
        query.phrasesQuoted.push(false);
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
      query.required = Array.from(required).map(function (t) { return /^\d+$/.test(t) ? [t] : variants(t); })
          .concat([EVENT_WORDS]);
    } else {
      // Words typed alone match their plural or singular too; words of a phrase are as typed.
      var inPhrase = new Set([].concat.apply([], query.phrases));
      query.required = Array.from(required).map(function (t) { return inPhrase.has(t) ? [t] : variants(t); });
    }
    // A pasted message ("The system cannot find the file specified"): the articles that have its
    // words in the order typed come first among the best candidates.
    var typed = terms(trimmed, m.maxTermLength);
    if (!/"/.test(trimmed) && !query.phrases.length && !query.id && query.event === null && query.required.length >= 2
        && typed.length >= 2) {
      query.sequence = typed;
    }
    // Marked alone: the words typed alone, in their forms. A phrase's words are marked where the
    // phrase is whole (search.js), so that "5.5" marks no 5 of "5.0".
    var typedAlone = new Set(query.words);
    query.marked = new Set([].concat.apply([], query.required.filter(function (forms) {
      return typedAlone.has(forms[0]) || forms === EVENT_WORDS;
    })));
    return query;
  }

  // ---- ranking -----------------------------------------------------------------------------------

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

  /** Ranks the articles for a query: {ranked: [doc], partial, verify, article, event}. */
  function rank(m, query, filter) {
    var extra = query.id ? ['q' + query.id] : [];
    var forms = [].concat.apply([], query.required);
    var lists = forms.concat(extra, query.identifiers).map(function (t) { return postings(m, t); });
    return Promise.all([
      Promise.all(lists),
      query.id ? lookupId(m, query.id) : null,
      query.event !== null ? lookupEvent(m, query.event) : null
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
      var weights = new Map(); // how telling each form found is: its idf
      var at = 0;
      query.required.forEach(function (alternatives) {
        var typedIdf = null;
        alternatives.forEach(function (t, i) {
          var p = found[0][at++];
          if (!p) {
            return;
          }
          // An article scores its best form of the word. Another form counts at most 0.8 of the
          // word as typed (its plural or singular) or 0.5 (its verb's other forms), though it is
          // rarer, and not as a tag: "windows" finds Windows before the UI's window, and a title
          // with the word as typed ranks above one with another form ("Sharing Violation" above
          // "Shares").
          var w = idf(m, p.df);
          weights.set(t, w);
          var other = 0;
          if (i === 0) {
            typedIdf = w;
          } else {
            // (The word event's forms, EVENT_WORDS, are all near.)
            var near = alternatives.near === undefined ? alternatives.length : alternatives.near;
            w = (i < near ? 0.8 : 0.5) * Math.min(w, typedIdf === null ? w : typedIdf);
            other = alternatives.near === undefined ? 0 : 0x40;
          }
          for (var k = 0; k < p.df; k++) {
            var d = p.docs[k];
            var v = w * impact(p.impacts[k] & ~other);
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
        // Of the articles that describe the event, those with every word typed beside it (its source) first.
        score[d] += b && !missing && hits[d] === need ? b + 500 : b;
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
        // With some of the words only, no article can have a phrase of them: the list is said to be that.
        ranked: ranked, partial: partial, article: article, event: event, verify: query.phrases.length > 0 && !partial,
        hidden: hidden,
        unknown: unknown, weights: weights,
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
    var seq = tokens(d.title + ' \u0000 ' + d.text + ' \u0000 ' + (d.keywords || '')).map(function (t) { return t.term; });
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

  // ---- suggestions -------------------------------------------------------------------------------

  /**
   * For each word no article has ({@code recieve}), the indexed word nearest to it in spelling, one
   * or two letters off (two for words of more than five); of those, the commonest, a longer word
   * counting double (a letter left out is the commonest slip: printr is printer, not print, while
   * fiel is file, not field). Looked for in the term shard the word would be in, which the query
   * has fetched already, and among the words the most articles have (words.json, fetched then),
   * since a slip near a word's start puts it in another shard: verion is version.
   */
  function suggestions(m, words) {
    var asked = words.filter(function (w) { return /^\p{L}{4,}$/u.test(w); });
    if (!asked.length || m.terms.length === 0) {
      return Promise.resolve([]);
    }
    // Without the list (a host that lost it), the shard alone still offers.
    var common = commonWords().catch(function () { return []; });
    return Promise.all(asked.map(function (w) {
      return Promise.all([shard(m, w), common]).then(function (found) {
        var most = w.length > 5 ? 2 : 1;
        var best = null;
        function consider(name, df) {
          var d = Math.abs(name.length - w.length) <= most ? distance(w, name, most) : most + 1;
          var weight = name.length > w.length ? 2 * df : df;
          if (d <= most && (!best || d < best.d || (d === best.d && (weight > best.weight
              || (weight === best.weight && name < best.name))))) {
            best = { name: name, d: d, weight: weight };
          }
        }
        found[0].entries.forEach(function (e) { consider(e.name, e.df); });
        found[1].forEach(function (c) { consider(c[0], c[1]); });
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

  // ---- what to browse ---------------------------------------------------------------------------

  var BROWSE_MOST = 3;
  var EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu;

  /** A version as the versions pages fold it (Facet.fold): 4.0 is 4, 4.00a 4a, 5.50 SP4 5.5sp4. */
  function foldVersion(v) {
    var s = v.toLowerCase().replace(/\s+/g, '');
    var d = /^(\d+)\.(\d+)(.*)$/.exec(s);
    if (!d) {
      return s;
    }
    var digits = d[2].replace(/0+$/, '');
    return d[1] + (digits ? '.' + digits : '') + d[3];
  }

  /**
   * The products, or products' versions, that a query of a few words names ("foxpro", "exchange
   * 5.5", "windows nt 4.0", "exchange 5.5 sp4", "windows 95"): its words without a digit must all
   * be words of a product's name, and its words with one ("5.5 sp4") one of that product's versions,
   * or a word of its name ("Windows 95.x"). At most {@link BROWSE_MOST} as [label, path, articles]:
   * products named whole first, then versions, each with the fewest other words, then the most articles.
   */
  function browseTargets(m, q) {
    var words = q.toLowerCase().split(/\s+/).map(function (w) { return w.replace(EDGE_PUNCTUATION, ''); })
        .filter(Boolean);
    var names = words.filter(function (w) { return !/\d/.test(w); });
    var version = words.filter(function (w) { return /\d/.test(w); });
    // "sp4" goes with the version before it ("5.5 sp4"), any other word with a digit is the version.
    if (/"/.test(q) || words.length > 4 || version.length > 2 || !names.some(function (w) { return !m.stop.has(w); })) {
      return Promise.resolve([]);
    }
    var want = version.length ? foldVersion(version.join(' ')) : null;
    return kb.browseProducts().then(function (products) {
      var whole = [];
      var named = [];
      products.forEach(function (p) {
        var own = p[0].toLowerCase().split(/\s+/).map(function (w) { return w.replace(EDGE_PUNCTUATION, ''); });
        if (!names.every(function (w) { return own.indexOf(w) >= 0; })) {
          return;
        }
        var extra = own.length - names.length;
        if (!want) {
          whole.push({ target: p, extra: extra });
        } else if (version.length === 1 && (own.indexOf(version[0]) >= 0 || own.indexOf(version[0] + '.x') >= 0)) {
          whole.push({ target: p, extra: extra - 1 });
        } else if (p[3] >= 0 && p[4].split(' ').indexOf(want) >= 0) {
          // "windows 3.1" is first of all a version of Windows 3.x.
          var series = own.indexOf(version[0].split('.')[0] + '.x') >= 0;
          named.push({ product: p, extra: series ? extra - 3 : extra });
        }
      });
      var best = function (a, b) { return a.extra - b.extra || b.target[2] - a.target[2]; };
      named.forEach(function (n) { n.target = n.product; });
      whole.sort(best);
      named.sort(best);
      var found = whole.slice(0, BROWSE_MOST).map(function (w) { return w.target; });
      // Each of these has the version (its keys say so); twice as many as can be shown are
      // fetched, so that the commonest versions among the products named alike come first.
      var asked = found.length < BROWSE_MOST ? named.slice(0, 2 * BROWSE_MOST) : [];
      return Promise.all(asked.map(function (n) { return kb.browseVersions(n.product[3]); })).then(function (lists) {
        var versions = [];
        lists.forEach(function (list, i) {
          list.forEach(function (v) {
            if (foldVersion(v[0]) === want) {
              versions.push({ extra: asked[i].extra, target: [asked[i].product[0] + ' ' + v[0], v[1], v[2]] });
            }
          });
        });
        versions.sort(best);
        return found.concat(versions.map(function (v) { return v.target; })).slice(0, BROWSE_MOST);
      });
    });
  }

  Object.assign(kb, { parse, allowed, rank, hasPhrases, inOrderFirst, suggestions, browseTargets });
})(window.kbsearch = window.kbsearch || {});
