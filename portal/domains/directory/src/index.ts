export { manifest } from './manifest.js';
export { loadHome, type HomeData, type DomainLoadEvent } from './loads.js';
export { default as HomePage } from './pages/HomePage.svelte';
