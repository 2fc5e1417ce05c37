import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS as COLOURS, type HighlightColour as Colour } from '@/src/storage/records';
import { useI18n } from '../i18n/i18n-context';

/**
 * A radio group of colour swatches; each swatch has its colour's name as label, so the choice
 * does not depend on seeing colour. Arrow keys move within the group (native radios). The choice shows
 * at once: the value comes back through the database a moment later, and until then the radio would
 * spring back to the old one.
 */
export function ColourPicker(props: {
  value: string | undefined;
  /** Stores the colour; answers whether it was stored (on `false` the picker shows the stored one). */
  onChange: (colour: Colour) => Promise<boolean>;
  name: string;
  label: string;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Colour | null>(null);
  useEffect(() => setChosen(null), [props.value]);
  const shown = chosen ?? props.value;
  return (
    <fieldset class="colours">
      <legend class="sr-only">{props.label}</legend>
      {COLOURS.map((colour) => (
        <label key={colour} class="swatch" title={t(`colourName_${colour}`)}>
          <input
            type="radio"
            name={props.name}
            value={colour}
            checked={shown === colour}
            onChange={() => {
              setChosen(colour);
              void props.onChange(colour).then((stored) => {
                if (!stored) setChosen(null);
              });
            }}
          />
          <span class="swatch-dot" style={{ background: `var(--hl-${colour})` }} aria-hidden="true" />
          <span class="sr-only">{t(`colourName_${colour}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
