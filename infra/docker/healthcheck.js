// Container health check without curl: exits 0 when the process's /ready answers 200.
const port = process.env.PORT || 4000;
fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2000) })
  .then((response) => process.exit(response.ok ? 0 : 1))
  .catch(() => process.exit(1));
