// Baseline for the UI pages' size: Preact with hooks, rendering one element.
import { render } from 'preact';
import { useState } from 'preact/hooks';

function App() {
  const [n] = useState(0);
  return <p>{n}</p>;
}
render(<App />, document.body);
