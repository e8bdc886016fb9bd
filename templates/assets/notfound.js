/*
 * kbsite: the page-not-found page. An address that names an article (an old link, one typed by
 * hand: /kb/Q244976/, /Q244976.htm, /kb/244976) gets a link to the article's page when this site
 * has it, else to the search for its ID, which says whether the archive holds it and lists the
 * articles that cite it.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = script.getAttribute('data-root');
  var note = document.getElementById('notfound-article');
  var address = decodeURIComponent(location.pathname) + location.search;
  var m = /(?:^|[\/=;_-])q0*(\d{1,7})(?=$|[\/?&#;._-])/i.exec(address) || /\/(?:kb|help)\/0*(\d{4,7})(?=$|[\/?#._-])/i.exec(address);
  if (!note || !m || Number(m[1]) <= 0) {
    return;
  }
  var id = 'Q' + Number(m[1]);
  var bucket = String(Math.floor(Number(m[1]) / 1000));
  while (bucket.length < 3) {
    bucket = '0' + bucket;
  }
  var page = root + 'kb/' + bucket + '/' + id + '/';
  var search = root + 'search/?q=' + id;
  var box = document.getElementById('q');
  if (box && !box.value) {
    box.value = id;
  }

  function offer(href, before, text, after) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    note.textContent = before;
    note.appendChild(a);
    note.appendChild(document.createTextNode(after));
    note.hidden = false;
  }

  // The page itself unless this is it: a page of this site that is not found is no article.
  var held = page !== location.pathname && window.fetch
      ? fetch(page, { method: 'HEAD' }).then(function (r) { return r.ok; }, function () { return false; })
      : Promise.resolve(false);
  held.then(function (ok) {
    if (ok) {
      offer(page, 'This address names article ' + id + ': ', 'read ' + id + ' here', '.');
    } else {
      offer(search, 'This address names article ' + id + ', which has no page here. ',
          'Search for ' + id, ' to see whether the archive cites it.');
    }
  });
})();
