# The production image: `docker compose up` (compose.yaml) or any container platform.
# Python 3.11 on Debian slim, dependencies from the pinned constraints, static files
# collected and message catalogues compiled at build time, run as an unprivileged user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=leiden_site.settings.production \
    STATIC_ROOT=/app/var/static \
    MEDIA_ROOT=/app/var/media \
    PORT=8000

# gettext compiles the catalogues; the PostgreSQL client makes and restores backups.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system leiden && useradd --system --gid leiden --create-home leiden

WORKDIR /app
COPY pyproject.toml README.md ./
COPY requirements/constraints.txt requirements/constraints.txt
RUN pip install -c requirements/constraints.txt .

COPY . .
# Production settings refuse to start without these two; these values live only in
# this one build step, never in the image's environment.
RUN SECRET_KEY=build-only DATABASE_URL=postgres://build@localhost/build \
        python manage.py compilemessages --ignore=.venv -v 0 \
    && SECRET_KEY=build-only DATABASE_URL=postgres://build@localhost/build \
        python manage.py collectstatic --noinput -v 0 \
    && mkdir -p /app/var/media /app/var/backups \
    && chown -R leiden:leiden /app/var

USER leiden
EXPOSE 8000
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py"]
