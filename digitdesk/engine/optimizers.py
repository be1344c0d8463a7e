"""Optimisers: how a gradient becomes a step.

They share one base class whose ``step()`` walks over the parameters; a subclass only
writes ``update(i, value, grad)``, which changes ``value`` in place and returns the step it
took (used for the update-to-weight diagnostic). L2 weight decay is added to the gradient
of the weight tensors (every ``W``, dense or conv; not the biases, as is usual: a bias
shifts one unit and has little room to overfit): ``grad + l2 * W`` is the gradient of ``l2/2 * ||W||^2``.
"""

import numpy as np

from .buglab import add_the_step
from .layers import real_number


def fraction_below_one(value, what):
    """``value`` as a float in [0, 1), or a ``ValueError`` naming ``what`` it is: a decay
    rate of a running average (momentum, Adam's betas). At 1 the average never forgets,
    and above 1 it grows without bound."""
    value = real_number(value, what)
    if not 0 <= value < 1:
        raise ValueError(f"{what} must be in [0, 1), not {value}")
    return value


class Optimizer:
    def __init__(self, parameters, learning_rate, l2=0.0):
        """``parameters``: a list of ``(name, value, grad)``; the arrays are the layers' own,
        updated in place, so the list stays valid for the whole training.

        The settings are checked here, once: a learning rate must be a finite number > 0,
        L2 a finite number >= 0 (an infinite or NaN one would turn every weight into NaN
        at the first step, far from where the mistake was made)."""
        learning_rate = real_number(learning_rate, "learning rate")
        if not learning_rate > 0:
            raise ValueError(f"learning rate must be positive, not {learning_rate}")
        l2 = real_number(l2, "L2 weight decay")
        if l2 < 0:
            raise ValueError(f"L2 weight decay must be >= 0, not {l2}")
        self.parameters = list(parameters)
        self.learning_rate = learning_rate
        self.l2 = l2

    def step(self):
        """Apply one update to every parameter. Returns the list of steps taken."""
        steps = []
        for i, (name, value, grad) in enumerate(self.parameters):
            if self.l2 and name.startswith("W"):
                grad = grad + value.dtype.type(self.l2) * value
            steps.append(self.update(i, value, grad))
        return steps

    def update(self, i, value, grad):
        raise NotImplementedError


class SGD(Optimizer):
    """Plain gradient descent: ``W -= lr * grad``."""

    def update(self, i, value, grad):
        step = value.dtype.type(self.learning_rate) * grad
        value -= step
        return step


class Momentum(Optimizer):
    """SGD with momentum: a velocity that remembers past gradients,
    ``v = mu * v - lr * grad``; ``W += v``.

    Nesterov's variant evaluates the step "one velocity ahead":
    ``W += mu * v - lr * grad`` (with the new ``v``), which damps oscillation.
    """

    def __init__(self, parameters, learning_rate, momentum=0.9, nesterov=False, l2=0.0):
        super().__init__(parameters, learning_rate, l2)
        self.momentum = fraction_below_one(momentum, "momentum")
        self.nesterov = nesterov
        self.velocity = [np.zeros_like(value) for _, value, _ in self.parameters]

    def update(self, i, value, grad):
        mu = value.dtype.type(self.momentum)
        lr = value.dtype.type(self.learning_rate)
        v = self.velocity[i]
        v *= mu
        v -= lr * grad
        step = (mu * v - lr * grad) if self.nesterov else v
        value += step
        return step


class Adam(Optimizer):
    """Adam: momentum on the gradient (``m``) divided by a running size of the gradient
    (``sqrt(v)``), so every weight takes steps of about ``lr`` whatever its gradient's
    scale. ``m`` and ``v`` start at 0; dividing by ``1 - beta**t`` corrects that bias.

    ``beta1`` and ``beta2`` are in [0, 1) (at 1 the correction divides by 0); ``eps`` > 0
    keeps the division finite where a weight has had no gradient yet (``v`` = 0)."""

    def __init__(self, parameters, learning_rate, beta1=0.9, beta2=0.999, eps=1e-8, l2=0.0):
        super().__init__(parameters, learning_rate, l2)
        self.beta1 = fraction_below_one(beta1, "Adam's beta1")
        self.beta2 = fraction_below_one(beta2, "Adam's beta2")
        self.eps = real_number(eps, "Adam's eps")
        if not self.eps > 0:
            raise ValueError(f"Adam's eps must be positive, not {self.eps}")
        self.m = [np.zeros_like(value) for _, value, _ in self.parameters]
        self.v = [np.zeros_like(value) for _, value, _ in self.parameters]
        self.t = 0

    def step(self):
        self.t += 1
        return super().step()

    def update(self, i, value, grad):
        dtype = value.dtype.type
        b1, b2 = dtype(self.beta1), dtype(self.beta2)
        m, v = self.m[i], self.v[i]
        m *= b1
        m += (1 - b1) * grad
        v *= b2
        v += (1 - b2) * (grad * grad)
        # Fold both bias corrections into the learning rate (one scalar per step), the
        # ordering the Adam paper gives for efficiency. It is the textbook step
        # lr * m_hat / (sqrt(v_hat) + eps) with eps replaced by eps / sqrt(1 - beta2**t)
        # (larger in the first steps), which makes a difference only where v is near 0.
        lr_t = self.learning_rate * np.sqrt(1 - self.beta2**self.t) / (1 - self.beta1**self.t)
        step = dtype(lr_t) * m / (np.sqrt(v) + dtype(self.eps))
        value -= step
        return step


OPTIMIZERS = ("sgd", "momentum", "nesterov", "adam")


def make_optimizer(name, parameters, learning_rate, momentum=0.9, l2=0.0, bugs=()):
    """The optimiser called ``name``. With ``"update_added"`` in ``bugs`` it is the bug lab's
    broken one that steps uphill (see ``buglab.add_the_step``)."""
    if name == "sgd":
        optimizer = SGD(parameters, learning_rate, l2=l2)
    elif name in ("momentum", "nesterov"):
        optimizer = Momentum(parameters, learning_rate, momentum, nesterov=(name == "nesterov"), l2=l2)
    elif name == "adam":
        optimizer = Adam(parameters, learning_rate, l2=l2)
    else:
        raise ValueError(f"unknown optimiser {name!r}; choose one of {', '.join(OPTIMIZERS)}")
    if "update_added" in bugs:
        optimizer = add_the_step(optimizer)  # BROKEN ON PURPOSE: see buglab.py
    return optimizer


# Learning-rate schedules: the factor applied to the base learning rate at training
# progress ``p`` (0 at the start, 1 at the end).
SCHEDULES = ("constant", "step", "cosine")


def schedule_factor(schedule, progress):
    if schedule == "constant":
        return 1.0
    if schedule == "step":
        # divide by 10 after half of the training, and again after three quarters
        return 1.0 if progress < 0.5 else (0.1 if progress < 0.75 else 0.01)
    if schedule == "cosine":
        # from 1 down to 0 along half a cosine: large steps early, fine ones at the end
        return 0.5 * (1.0 + np.cos(np.pi * min(max(progress, 0.0), 1.0)))
    raise ValueError(f"unknown schedule {schedule!r}; choose one of {', '.join(SCHEDULES)}")
