// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findEnglishDates } from '@/src/core/entities/dates/en-dates';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';
import { foundEnglish as found } from './found';

// Sentences written for these tests (fictional people), one rule each (session 6 and the round-7 blind check).
describe('English round-7 rules', () => {
  it.each([
    [
      'an office of a body whose name is a comma list holds the whole list',
      'Minister of Labour, Invalids and Social Affairs Dao Ngoc Tuan met Deputy Minister of Culture, Sports and Tourism Ta Quang Dinh.',
      [
        'official:Dao Ngoc Tuan = Minister of Labour, Invalids and Social Affairs',
        'official:Ta Quang Dinh = Deputy Minister of Culture, Sports and Tourism',
      ],
    ],
    [
      'a name after the comma is no field of the body',
      'Minister of Foreign Affairs, Pham Binh Tuan and Deputy Minister Le Hoai An attended.',
      ['person:Pham Binh Tuan', 'official:Le Hoai An = Deputy Minister'],
    ],
    [
      'a personal name after an office’s body ends the office, in a list too',
      'He met Minister of Planning and Investment Nguyen Chi Hoa, Minister of Industry and Trade Tran Quang Vinh and U.S. Ambassador to Vietnam Theodore Marsh.',
      [
        'official:Nguyen Chi Hoa = Minister of Planning and Investment',
        'official:Tran Quang Vinh = Minister of Industry and Trade',
        'official:Theodore Marsh = U.S. Ambassador to Vietnam',
      ],
    ],
    [
      'a given name and a middle initial after a one-word body start the name',
      'U.S. Ambassador to Vietnam Daniel J. Okafor and Tran Minh Duc, acting director of the General Department, signed.',
      [
        'official:Daniel J. Okafor = U.S. Ambassador to Vietnam',
        'official:Tran Minh Duc = acting director of the General Department',
        'org:General Department',
      ],
    ],
    [
      'a place in the body is no name ("Ho Chi Minh City", "Georgia")',
      'Consul General of Ho Chi Minh City Mark Dale met Ambassador to Georgia Kelly Degnan.',
      [
        'official:Mark Dale = Consul General of Ho Chi Minh City',
        'official:Kelly Degnan = Ambassador to Georgia',
      ],
    ],
    [
      'a serial comma and "and the" close the fields of an office’s body',
      'The trip is led by Under Secretary for Economic Growth, Energy, and the Environment Katherine Dunmore.',
      ['official:Katherine Dunmore = Under Secretary for Economic Growth, Energy, and the Environment'],
    ],
    [
      '", and" right after a company is no field: the next person starts',
      'Rachel Kim, President and CEO of Cascade Semiconductor Corp., and Howard Brandt, chief executive of Delta Bay Microsystems, Inc. spoke.',
      [
        'official:Rachel Kim = President and CEO of Cascade Semiconductor Corp.',
        'org:Cascade Semiconductor Corp.',
        'official:Howard Brandt = chief executive of Delta Bay Microsystems, Inc.',
        'org:Delta Bay Microsystems, Inc.',
      ],
    ],
    [
      'a company’s form ends its name, with or without a comma, head noun or not',
      'Treasury targeted Golden Crescent Trading, LLC, and Hai Long Shipping and Trading Company Limited.',
      [
        'org:Treasury',
        'org:Golden Crescent Trading, LLC',
        'org:Hai Long Shipping and Trading Company Limited',
      ],
    ],
    [
      'headline verbs in title case end a name',
      'Secretary Hollis Travels to Lima\nPresident Grayson Announces Key Additions to His Administration',
      ['official:Hollis = Secretary', 'official:Grayson = President'],
    ],
    [
      'a consulate general, an institute and a chamber of commerce take the place they are in',
      'She served at the U.S. Consulate General in Ho Chi Minh City, the American Institute in Taiwan and the American Chamber of Commerce in Vietnam.',
      [
        'org:U.S. Consulate General in Ho Chi Minh City',
        'org:American Institute in Taiwan',
        'org:American Chamber of Commerce in Vietnam',
      ],
    ],
    [
      'a university takes its campus or country; a list of universities stays apart',
      'He studied at the University of Texas at Austin, Vietnam National University, Hanoi, and Fulbright University Vietnam, not Harvard University, Yale University or MIT.',
      [
        'org:University of Texas at Austin',
        'org:Vietnam National University, Hanoi',
        'org:Fulbright University Vietnam',
        'org:Harvard University',
        'org:Yale University',
        'org:MIT',
      ],
    ],
    [
      'a country joined by a hyphen opens a body’s name, not a lone body’s',
      'Members of the U.S.-ASEAN Business Council attended the U.S.-ASEAN Special Summit.',
      ['org:U.S.-ASEAN Business Council', 'org:ASEAN'],
    ],
    [
      'in apposition the parent body after a comma stays in the office; a plural noun is no surname',
      'Pham Thi Kim Oanh, Director General of the Department of International Organizations, Ministry of Foreign Affairs, spoke.',
      [
        'official:Pham Thi Kim Oanh = Director General of the Department of International Organizations, Ministry of Foreign Affairs',
        'org:Department of International Organizations',
        'org:Ministry of Foreign Affairs',
      ],
    ],
    [
      'Malaysian honorifics are outside the name',
      'The Secretary met ASEAN Secretary-General Dato Ahmad Rizal Hassan.',
      ['org:ASEAN', 'official:Ahmad Rizal Hassan = ASEAN Secretary-General'],
    ],
    [
      'a chargé d’affaires ad interim of a mission, and the mission to whom it is sent',
      "Nina Albright, Chargé d'Affaires ad interim of the U.S. Mission to ASEAN, spoke with the U.S. Centers for Disease Control and Prevention.",
      [
        "official:Nina Albright = Chargé d'Affaires ad interim of the U.S. Mission to ASEAN",
        'org:U.S. Mission to ASEAN',
        'org:U.S. Centers for Disease Control and Prevention',
      ],
    ],
    [
      'the oath of office to someone as an office makes them an official',
      'Deputy Secretary Lee administered the oath of office to Daniel J. Okafor as the next U.S. Ambassador to Vietnam.',
      ['official:Lee = Deputy Secretary', 'official:Daniel J. Okafor = '],
    ],
    [
      'a statement’s signature: a name on its own line, the office on the next (round 8)',
      'Press Statement\nCatherine Moorfield\nSecretary of State\nWashington, DC',
      ['official:Catherine Moorfield = Secretary of State'],
    ],
    [
      '"The Honorable", "His Excellency", "U" are courtesies; a delegation list gives each member’s offices',
      'Members:\nThe Honorable Lorraine Whitfield, Secretary of the Interior, Head of Delegation;\nThe Honorable Robert Ainsley, U.S. Ambassador to the Republic of Indonesia.\nThey attend the inauguration of His Excellency Adi Prasetyo as President. Deputy Minister of Foreign Affairs U Maung Htay Lwin came.',
      [
        'official:Lorraine Whitfield = Secretary of the Interior | Head of Delegation',
        'official:Robert Ainsley = U.S. Ambassador to the Republic of Indonesia',
        'official:Adi Prasetyo = ',
        'official:Maung Htay Lwin = Deputy Minister of Foreign Affairs',
      ],
    ],
    [
      'two words joined by a slash in a body’s name; a mission director is an office',
      'The Defense POW/MIA Accounting Agency (DPAA) helped. USAID Mission Director Claire Bennington and Chargé d’Affaires a.i. Rebecca Lindqvist spoke.',
      [
        'org:Defense POW/MIA Accounting Agency',
        'org:DPAA',
        'org:USAID',
        'official:Claire Bennington = USAID Mission Director',
        'official:Rebecca Lindqvist = Chargé d’Affaires a.i.',
      ],
    ],
    [
      'a long acronym defined after a body names it, then alone too; capitals alone name nothing',
      'We commend the Commission on Elections (COMELEC). COMELEC said. INDOPACOM said.',
      ['org:Commission on Elections', 'org:COMELEC', 'org:COMELEC'],
    ],
    [
      'Vietnamese bodies by brand and short form, an agency’s credit after a dateline, headline verbs (round 9)',
      'Hà Nội (VNA) – The Ministry of Industry and Trade (MoIT) will work with MoIT’s Electricity and Renewable Energy Authority and PetroVietnam. Specialists from the U.S. Commercial Service came. – VNA\nU.S. Consulate General and VCCI Host a forum',
      [
        'org:VNA',
        'org:Ministry of Industry and Trade',
        'org:MoIT',
        'org:MoIT’s Electricity and Renewable Energy Authority',
        'org:PetroVietnam',
        'org:U.S. Commercial Service',
        'org:VNA',
        'org:U.S. Consulate General',
        'org:VCCI',
      ],
    ],
    [
      'round 10: courtesies with an apostrophe, a minister of foreign affairs before a name no list knows, a consul general in a city',
      'He met Malaysian Foreign Minister Dato’ Seri Azman Harun and Thai Minister of Foreign Affairs Pornthip Sangkhachai, Singapore Minister for Foreign Affairs Vikram Balasingam. Consul General in Ho Chi Minh City Sarah K. Lindqvist came.',
      [
        'official:Azman Harun = Malaysian Foreign Minister',
        'official:Pornthip Sangkhachai = Thai Minister of Foreign Affairs',
        'official:Vikram Balasingam = Singapore Minister for Foreign Affairs',
        'official:Sarah K. Lindqvist = Consul General in Ho Chi Minh City',
      ],
    ],
    [
      'round 10: a company officer’s title, a hyphen-joined body in a title, an acronym after "U.S.", the Quad',
      'Laura Kessington, Executive Vice President and Chief Operating Officer of FedEx Corporation, joins Raymond Okafor, President and CEO of the U.S.-ASEAN Business Council, and the U.S. ABAC members. The Quad met.',
      [
        'official:Laura Kessington = Executive Vice President and Chief Operating Officer of FedEx Corporation',
        'org:FedEx Corporation',
        'official:Raymond Okafor = President and CEO of the U.S.-ASEAN Business Council',
        'org:U.S.-ASEAN Business Council',
        'org:ABAC',
        'org:Quad',
      ],
    ],
    [
      'round 11: ASEAN by its full name, a people after "and" is no part of a body, "who has served as", DPRK is a country',
      'Vietnam chaired the Association of Southeast Asian Nations (ASEAN). The embassy works with the Ministry of Health and Vietnamese communities. Ambassador Varga succeeds Peter A. Lowell, who has served as Senior Official since 2021. They condemned the DPRK’s launches.',
      [
        'org:Association of Southeast Asian Nations',
        'org:ASEAN',
        'org:Ministry of Health',
        'official:Varga = Ambassador',
        'official:Peter A. Lowell = ',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    [
      'a day months away is placed by its own clause’s auxiliary, not the next clause’s',
      'I was pleased to host him on January 11, and I look forward to seeing him again.',
      '2016-01-11',
    ],
    [
      'without a past auxiliary the nearest year stays ("supervised" is no tense)',
      'His supervised release begins Jan. 15.',
      '2017-01-15',
    ],
    [
      'a day close to the article stays in its year, whatever the tense',
      'The talks opened on September 3.',
      '2016-09-03',
    ],
  ])('%s', (_, text, value) => {
    expect(findEnglishDates(text, { y: 2016, m: 9, d: 1 }).map((d) => d.value)).toEqual([value]);
  });

  it('a body read longer keeps a key of its own name: two embassies are two bodies', () => {
    const orgs = recogniseEnglish(
      'She served at the U.S. Embassy in Hanoi and the U.S. Embassy in Jakarta.',
      {},
    );
    expect(orgs.map((o) => o.text)).toEqual(['U.S. Embassy in Hanoi', 'U.S. Embassy in Jakarta']);
    expect(new Set(orgs.map((o) => o.key)).size).toBe(2);
  });

  it('"from June 5 to 9" is two dates, a dash range one', () => {
    const text = 'He will travel from June 5 to 9, then on July 17-19.';
    expect(
      findEnglishDates(text, { y: 2023, m: 6, d: 2 }).map((d) => [text.slice(d.start, d.end), d.value]),
    ).toEqual([
      ['June 5', '2023-06-05'],
      ['9', '2023-06-09'],
      ['July 17-19', '2023-07-17/2023-07-19'],
    ]);
  });
});
