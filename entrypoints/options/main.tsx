import { mount } from '@/src/ui/mount';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import '@/src/ui/options/options.css';

mount(<OptionsApp />);
