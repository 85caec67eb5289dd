"""Demo content for the three sites and the partner network, loaded by `manage.py load_demo_data`.

An app of its own, installed only by the development and test settings: no core or site app
imports it. The texts, places, events, pictures and accounts are data in `demo/content/`
(YAML, described in its README.md); the modules here read them and build pages, snippets,
settings and users:

- `loader`: everything in order, from the YAML files to published pages and site settings
- `content`: reading the files, and the registry of pages by reference (`place:rmo`)
- `fields`: YAML values to model field values, learnt from each model's fields
- `translations`, `dates`, `blocks`: texts per language, date rules, StreamField bodies
- `collections`: what places, events and partners add to the plain fields
- `pages`: finding, creating and publishing pages only when something changed
- `context`: what a run knows so far; `accounts`: the demo users
- `pictures/`: the picture generator and the catalogue of pictures.yaml
"""
