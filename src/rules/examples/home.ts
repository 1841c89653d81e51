import type { ProfileId } from '../profiles.ts'

/** Where an example candidate lives and works under each profile: real division codes. */
export interface Home {
  area: string
  site: string
  division: string
  unit: string
  address: string
  postcode: string
  areaCode: string
  idRegion: string
}

export const HOMES: Record<ProfileId, Home> = {
  national: { area: '110000', site: '110101', division: '110101', unit: '北京协和医院', address: '北京市东城区帅府园一号', postcode: '100730', areaCode: '010', idRegion: '110101' },
  'national-2025': { area: '110000', site: '110101', division: '110101', unit: '北京协和医院', address: '北京市东城区帅府园一号', postcode: '100730', areaCode: '010', idRegion: '110101' },
  'hubei-2022': { area: '420000', site: '420100', division: '420103', unit: '华中科技大学同济医学院附属协和医院', address: '湖北省武汉市江汉区解放大道1277号', postcode: '430022', areaCode: '027', idRegion: '420103' },
  'hubei-2026': { area: '420000', site: '420100', division: '420103', unit: '华中科技大学同济医学院附属协和医院', address: '湖北省武汉市江汉区解放大道1277号', postcode: '430022', areaCode: '027', idRegion: '420103' },
  'hebei-shijiazhuang-2022': { area: '130000', site: '130100', division: '130105', unit: '河北医科大学第二医院', address: '河北省石家庄市新华区和平西路215号', postcode: '050000', areaCode: '0311', idRegion: '130105' },
  'hunan-2025': { area: '430000', site: '430100', division: '430102', unit: '中南大学湘雅医院', address: '湖南省长沙市开福区湘雅路87号', postcode: '410008', areaCode: '0731', idRegion: '430102' },
}
