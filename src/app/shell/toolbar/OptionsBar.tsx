import { useUi } from '../../ui/uiStore.ts';
import type { Lang } from '../../../clova/index.ts';
import { EngineSelect } from './EngineSelect.tsx';

const LANG_CHOICES: { lang: Lang; label: string; title: string }[] = [
  { lang: 'ko', label: 'ko', title: 'Korean' },
  { lang: 'ja', label: 'ja', title: 'Japanese' },
  { lang: 'zh-TW', label: 'zh-TW', title: 'Chinese (Traditional)' },
  { lang: 'en', label: 'en', title: 'English (listed on the newer API page)' },
];

/** The run options: engine, version, languages (several at once) and table detection. */
export function OptionsBar() {
  const options = useUi((s) => s.options);
  const setOptions = useUi((s) => s.setOptions);
  const toggleLang = (l: Lang) =>
    setOptions({
      langs: options.langs.includes(l) ? options.langs.filter((x) => x !== l) : [...options.langs, l],
    });

  return (
    <div className="options" data-testid="options">
      <EngineSelect />
      <div className="field">
        <span className="field-label">Version</span>
        <div className="segmented" role="radiogroup" aria-label="Version">
          {(['V1', 'V2'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={options.version === v}
              data-testid={`version-${v}`}
              className={options.version === v ? 'seg on' : 'seg'}
              onClick={() => setOptions({ version: v })}
            >
              {v}
            </button>
          ))}
        </div>
      </div>
      <div className="field">
        <span className="field-label">Lang</span>
        <div className="segmented" role="group" aria-label="Languages">
          {LANG_CHOICES.map(({ lang, label, title }) => (
            <button
              key={lang}
              type="button"
              title={title}
              aria-pressed={options.langs.includes(lang)}
              data-testid={`lang-${lang}`}
              className={options.langs.includes(lang) ? 'seg on' : 'seg'}
              onClick={() => toggleLang(lang)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <label className="switch" title="Detect tables (enableTableDetection): return tables with their cells">
        <input
          type="checkbox"
          data-testid="tables-toggle"
          checked={options.enableTableDetection}
          onChange={(e) => setOptions({ enableTableDetection: e.target.checked })}
        />
        <span className="switch-track" aria-hidden="true" />
        <span>Tables</span>
      </label>
    </div>
  );
}
