/** A holiday period's name as the State Council's notice gives it. */
export type CnHolidayName =
  | '元旦'
  | '春节'
  | '清明节'
  | '劳动节'
  | '端午节'
  | '中秋节'
  | '国庆节'
  | '国庆节、中秋节'
  | '中秋节、国庆节'
  | '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日';

const ENGLISH: Readonly<Record<CnHolidayName, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
  '中秋节、国庆节': 'Mid-Autumn Festival and National Day',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日:
    "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
};

/** The English name of a holiday of mainland China's calendar. */
export function englishHolidayName(name: CnHolidayName): string {
  return ENGLISH[name];
}
