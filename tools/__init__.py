"""Developer tools that sit outside the site's apps: the apps never import anything here."""
