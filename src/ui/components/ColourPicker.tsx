import { HIGHLIGHT_COLOURS as COLOURS, type HighlightColour as Colour } from '@/src/storage/records';
import { useI18n } from '../i18n/i18n-context';

/**
 * A radio group of colour swatches; each swatch has its colour's name as label, so the choice
 * does not depend on seeing colour. Arrow keys move within the group (native radios).
 */
export function ColourPicker(props: {
  value: string | undefined;
  onChange: (colour: Colour) => void;
  name: string;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="colours">
      <legend class="sr-only">{props.label}</legend>
      {COLOURS.map((colour) => (
        <label key={colour} class="swatch" title={t(`colourName_${colour}`)}>
          <input
            type="radio"
            name={props.name}
            value={colour}
            checked={props.value === colour}
            onChange={() => props.onChange(colour)}
          />
          <span class="swatch-dot" style={{ background: `var(--hl-${colour})` }} aria-hidden="true" />
          <span class="sr-only">{t(`colourName_${colour}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
