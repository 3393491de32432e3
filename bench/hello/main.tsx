import { createRoot } from 'react-dom/client'

// The B8 and B9 baseline: a bare React 19 root, built with the app's own Vite config.
const root = document.getElementById('root')
if (root) createRoot(root).render(<h1>Hello, world</h1>)
