export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Placeholder until the watchlist lands: nothing to migrate yet.
  });
});
