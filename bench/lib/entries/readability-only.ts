// Baseline for the content script's size: Mozilla Readability alone.
export { isProbablyReaderable, Readability } from '@mozilla/readability';
