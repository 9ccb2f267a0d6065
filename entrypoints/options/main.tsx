import { render } from 'preact';
import { applyUiLanguage, t } from '@/lib/i18n';
import '@/components/ui.css';
import './style.css';
import { App } from './App';

/** options.html: the corpus manager. */
applyUiLanguage(document);
document.title = `${t('optionsTitle')} · ${t('extName')}`;
render(<App />, document.getElementById('app')!);
