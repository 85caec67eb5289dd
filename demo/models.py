"""What the demo loader made, so it can tell the demo from real content."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class DemoRecord(models.Model):
    """A page or account that load_demo_data created."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="unique_demo_record")
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}"

    @classmethod
    def remember(cls, model, pk) -> None:
        """Note that the demo made the `model` object `pk` (pages are noted as Page)."""
        cls.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), object_id=str(pk)
        )

    @classmethod
    def ids_of(cls, model) -> set[int]:
        """The ids of the `model` objects the demo made."""
        content_type = ContentType.objects.get_for_model(model)
        return {
            int(pk)
            for pk in cls.objects.filter(content_type=content_type).values_list(
                "object_id", flat=True
            )
        }
