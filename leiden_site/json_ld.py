"""Pieces of schema.org structured data that several page types and settings share."""

from django.utils.html import strip_tags

SCHEMA_CONTEXT = "https://schema.org"


def postal_address(street: str = "", postal_code: str = "", city: str = "Leiden") -> dict:
    """A Dutch postal address; parts left empty are left out rather than sent blank."""
    parts = {
        "streetAddress": street,
        "postalCode": postal_code,
        "addressLocality": city,
        "addressCountry": "NL",
    }
    return {"@type": "PostalAddress", **{key: value for key, value in parts.items() if value}}


def organisation(
    name: str,
    url: str,
    *,
    address: dict | None = None,
    email: str = "",
    phone: str = "",
    social_links: list[tuple[str, str]] = (),
    **extra,
) -> dict:
    """An Organization with the contact details that are filled in."""
    data = {"@context": SCHEMA_CONTEXT, "@type": "Organization", "name": name, "url": url}
    if address:
        data["address"] = address
    if email:
        data["email"] = email
    if phone:
        data["telephone"] = phone
    if social_links:
        data["sameAs"] = [link for _name, link in social_links]
    return {**data, **extra}


def offer(price, url: str, *, from_price: bool = False, currency: str = "EUR") -> dict:
    """An Offer in euros; a "from" price is the lowest of a range, stated as such."""
    data = {
        "@type": "Offer",
        "price": f"{price:.2f}",
        "priceCurrency": currency,
        "url": url,
        "availability": "https://schema.org/InStock",
    }
    if from_price:
        data["priceSpecification"] = {
            "@type": "PriceSpecification",
            "minPrice": f"{price:.2f}",
            "priceCurrency": currency,
        }
    return data


def faq_page(questions: list[tuple[str, str]]) -> dict:
    """A FAQPage from (question, answer HTML) pairs; answers go out as plain text."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(answer)},
            }
            for question, answer in questions
        ],
    }
