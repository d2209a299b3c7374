import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
// The first render in a transition: React renders it in slices, so no single task holds the page.
const app = createRoot(root);
startTransition(() => app.render(<StrictMode><App /></StrictMode>));
