import { mount } from '@/src/ui/mount';
import { PopupApp } from '@/src/ui/popup/PopupApp';
import '@/src/ui/popup/popup.css';

mount(<PopupApp />);
