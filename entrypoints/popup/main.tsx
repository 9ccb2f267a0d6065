import { render } from 'preact';
render(<p>Aleppo cross-check</p>, document.getElementById('app')!);
