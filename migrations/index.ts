import * as migration_20261125_082654_initial from './20261125_082654_initial';
import * as migration_20261125_085444_article_search_text from './20261125_085444_article_search_text';
import * as migration_20261125_100701_media_og_size from './20261125_100701_media_og_size';
import * as migration_20261125_100900_reviews from './20261125_100900_reviews';
import * as migration_20261125_103217_translations from './20261125_103217_translations';
import * as migration_20261125_121500_locale_parent_indexes from './20261125_121500_locale_parent_indexes';
import * as migration_20261125_124009_media_storage from './20261125_124009_media_storage';
import * as migration_20261130_205239_staff_login_throttle from './20261130_205239_staff_login_throttle';
import * as migration_20261201_023046_brand_logo_credit_gallery from './20261201_023046_brand_logo_credit_gallery';
import * as migration_20261201_032218_article_views from './20261201_032218_article_views';
import * as migration_20261201_052836_corrections from './20261201_052836_corrections';
import * as migration_20261201_061556_redirects_slug_history from './20261201_061556_redirects_slug_history';
import * as migration_20261201_061808_types_banner_embargo from './20261201_061808_types_banner_embargo';
import * as migration_20261201_061932_authors_pages from './20261201_061932_authors_pages';
import * as migration_20261201_082642_editorial_tasks from './20261201_082642_editorial_tasks';
import * as migration_20261201_103353_live_entries from './20261201_103353_live_entries';
import * as migration_20261207_111823_staff_mail from './20261207_111823_staff_mail';
import * as migration_20261207_122148_newsletter from './20261207_122148_newsletter';
import * as migration_20261207_133938_search_documents from './20261207_133938_search_documents';
import * as migration_20261207_142607_published_list_index from './20261207_142607_published_list_index';

export const migrations = [
  {
    up: migration_20261125_082654_initial.up,
    down: migration_20261125_082654_initial.down,
    name: '20261125_082654_initial',
  },
  {
    up: migration_20261125_085444_article_search_text.up,
    down: migration_20261125_085444_article_search_text.down,
    name: '20261125_085444_article_search_text',
  },
  {
    up: migration_20261125_100701_media_og_size.up,
    down: migration_20261125_100701_media_og_size.down,
    name: '20261125_100701_media_og_size',
  },
  {
    up: migration_20261125_100900_reviews.up,
    down: migration_20261125_100900_reviews.down,
    name: '20261125_100900_reviews',
  },
  {
    up: migration_20261125_103217_translations.up,
    down: migration_20261125_103217_translations.down,
    name: '20261125_103217_translations',
  },
  {
    up: migration_20261125_121500_locale_parent_indexes.up,
    down: migration_20261125_121500_locale_parent_indexes.down,
    name: '20261125_121500_locale_parent_indexes',
  },
  {
    up: migration_20261125_124009_media_storage.up,
    down: migration_20261125_124009_media_storage.down,
    name: '20261125_124009_media_storage',
  },
  {
    up: migration_20261130_205239_staff_login_throttle.up,
    down: migration_20261130_205239_staff_login_throttle.down,
    name: '20261130_205239_staff_login_throttle',
  },
  {
    up: migration_20261201_023046_brand_logo_credit_gallery.up,
    down: migration_20261201_023046_brand_logo_credit_gallery.down,
    name: '20261201_023046_brand_logo_credit_gallery',
  },
  {
    up: migration_20261201_032218_article_views.up,
    down: migration_20261201_032218_article_views.down,
    name: '20261201_032218_article_views',
  },
  {
    up: migration_20261201_052836_corrections.up,
    down: migration_20261201_052836_corrections.down,
    name: '20261201_052836_corrections',
  },
  {
    up: migration_20261201_061556_redirects_slug_history.up,
    down: migration_20261201_061556_redirects_slug_history.down,
    name: '20261201_061556_redirects_slug_history',
  },
  {
    up: migration_20261201_061808_types_banner_embargo.up,
    down: migration_20261201_061808_types_banner_embargo.down,
    name: '20261201_061808_types_banner_embargo',
  },
  {
    up: migration_20261201_061932_authors_pages.up,
    down: migration_20261201_061932_authors_pages.down,
    name: '20261201_061932_authors_pages',
  },
  {
    up: migration_20261201_082642_editorial_tasks.up,
    down: migration_20261201_082642_editorial_tasks.down,
    name: '20261201_082642_editorial_tasks',
  },
  {
    up: migration_20261201_103353_live_entries.up,
    down: migration_20261201_103353_live_entries.down,
    name: '20261201_103353_live_entries',
  },
  {
    up: migration_20261207_111823_staff_mail.up,
    down: migration_20261207_111823_staff_mail.down,
    name: '20261207_111823_staff_mail',
  },
  {
    up: migration_20261207_122148_newsletter.up,
    down: migration_20261207_122148_newsletter.down,
    name: '20261207_122148_newsletter',
  },
  {
    up: migration_20261207_133938_search_documents.up,
    down: migration_20261207_133938_search_documents.down,
    name: '20261207_133938_search_documents',
  },
  {
    up: migration_20261207_142607_published_list_index.up,
    down: migration_20261207_142607_published_list_index.down,
    name: '20261207_142607_published_list_index'
  },
];
