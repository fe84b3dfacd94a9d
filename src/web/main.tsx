import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const stateElement = document.getElementById('ssr-state');

const start = (root: HTMLElement) => import('./app/start.js').then(({ startApp }) => startApp(root, stateElement));

// A server-rendered page paints before the app is even evaluated (ADR 0032): React, the router and the page's code
// run after the first frame, so on a fast link or a warm cache they never hold the first paint back. The build
// preloads them from the HTML (vite.config.ts), so waiting costs no extra round trip on a slow one.
if (stateElement) requestAnimationFrame(() => setTimeout(() => void start(container), 0));
else void start(container);
