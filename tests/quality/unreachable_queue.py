"""A task backend whose store cannot be reached, for the readiness test."""

from django_tasks.backends.immediate import ImmediateBackend


class UnreachableQueueBackend(ImmediateBackend):
    supports_get_result = True

    def get_result(self, result_id):
        raise ConnectionRefusedError("the task store refused the connection")
