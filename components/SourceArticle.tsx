import { useEffect, useRef } from 'preact/hooks';
import type { CorpusDoc } from '@/lib/engine/types';
import { t, uiLang, type MessageKey } from '@/lib/i18n';
import { StatusMessage } from './StatusMessage';
import { segmentArticle, type Range } from './articleSegments';
import { dirOfLang, formatDate } from './format';

export type SourceModel =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'storage-failed' }
  | { kind: 'doc'; doc: CorpusDoc };

export interface SourceArticleProps {
  model: SourceModel;
  /** The evidence sentence to highlight and scroll to; null for none. */
  evidence: Range | null;
}

const LANGUAGE_NAME: Record<string, MessageKey> = { ar: 'languageAr', en: 'languageEn' };

/** A corpus article in full: its metadata, its claims marked, the evidence highlighted. */
export function SourceArticle({ model, evidence }: SourceArticleProps) {
  if (model.kind === 'loading') {
    return <StatusMessage kind="loading" tone="busy" icon="" title={t('sourceLoading')} body="" />;
  }
  if (model.kind === 'not-found') {
    return <StatusMessage kind="not-found" icon="∅" title={t('sourcePageTitle')} body={t('sourceNotFound')} />;
  }
  if (model.kind === 'storage-failed') {
    return <StatusMessage kind="storage-failed" tone="error" icon="⚠" title={t('stateStorageFailedTitle')} body={t('stateStorageFailed')} />;
  }
  return <ArticleView doc={model.doc} evidence={evidence} />;
}

function ArticleView({ doc, evidence }: { doc: CorpusDoc; evidence: Range | null }) {
  const evidenceRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    evidenceRef.current?.scrollIntoView({ block: 'center' });
  }, [doc.docId, evidence?.start, evidence?.end]);

  const dir = dirOfLang(doc.lang);
  const paragraphs = segmentArticle(doc.text, doc.claims, evidence);
  const languageKey = LANGUAGE_NAME[doc.lang];
  const safeUrl = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  let firstEvidence = true;

  return (
    <article class="source-article" data-doc={doc.docId}>
      <header class="article-head">
        <p class="eyebrow">{t('sourcePageTitle')}</p>
        <h1 dir={dir} lang={doc.lang}>{doc.title || t('untitled')}</h1>
        <dl class="meta">
          <div><dt>{t('metaOutlet')}</dt><dd>{doc.outlet ? <bdi>{doc.outlet}</bdi> : t('unknownOutlet')}</dd></div>
          <div><dt>{t('metaPublished')}</dt><dd>{formatDate(doc.published, uiLang()) ?? t('unknownDate')}</dd></div>
          <div><dt>{t('metaOrigin')}</dt><dd>{t(doc.origin === 'seed' ? 'originSeed' : 'originSaved')}</dd></div>
          <div><dt>{t('metaLanguage')}</dt><dd>{languageKey ? t(languageKey) : doc.lang}</dd></div>
          <div><dt>{t('metaDirection')}</dt><dd>{t(dir === 'rtl' ? 'directionRtl' : 'directionLtr')}</dd></div>
          <div><dt>{t('metaClaims')}</dt><dd>{doc.claims.length}</dd></div>
        </dl>
        {evidence && <p class="evidence-note"><mark class="evidence">{t('evidenceNote')}</mark></p>}
        {safeUrl && <a class="original" href={safeUrl} target="_blank" rel="noopener noreferrer">{t('openOriginal')} ↗</a>}
      </header>
      <div class="article-body" dir={dir} lang={doc.lang}>
        {paragraphs.map((pieces, i) => (
          <p key={i}>
            {pieces.map((piece, j) => {
              let content = <>{piece.text}</>;
              if (piece.evidence) {
                const ref = firstEvidence ? evidenceRef : undefined;
                const id = firstEvidence ? 'evidence' : undefined;
                firstEvidence = false;
                content = <mark class="evidence" id={id} ref={ref} data-evidence="">{piece.text}</mark>;
              }
              return piece.claimId ? (
                <span key={j} class="claim-mark" data-claim={piece.claimId}>{content}</span>
              ) : (
                <span key={j}>{content}</span>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}
