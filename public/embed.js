// The embed pages' only script (the app is not loaded in an embed): tells the page that frames
// the embed how tall it is, so the iframe fits it without a scroll bar. The embed code the site
// gives (src/embed.rs, README "Embedding a chart") listens for this message from the site's
// origin. A height is not private; any parent may read it.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'strategy-embed-height', height: height }, '*');
  }
  window.addEventListener('load', send);
  if ('ResizeObserver' in window) new ResizeObserver(send).observe(document.documentElement);
  else window.addEventListener('resize', send);
})();
