/**
 * Calls `onChange` after every change of the page's URL without a reload (pushState, replaceState,
 * back/forward). WXT's `wxt:locationchange` does the same through an event dispatched on the
 * page's window, which page scripts can listen to; nothing here is visible to them.
 */
export function watchLocation(onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check);
  } else {
    // Firefox before the Navigation API: poll, as WXT does.
    setInterval(check, 1000);
  }
}
