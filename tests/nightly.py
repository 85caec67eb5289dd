"""Running a nightly job of the scheduler's registry, as `run_scheduler` does when it is due."""

from leiden_site.scheduler import registered_jobs


def run_nightly_job(name: str) -> str:
    job = next(job for job in registered_jobs() if job.name == name)
    assert job.at is not None, f"{name} is not a nightly job"
    return job.run()
